package vn.cchc.rollup.score;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Earned and possible points over some evaluations, overall and per area. */
final class PointsTally {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private BigDecimal earned = BigDecimal.ZERO;
    private BigDecimal possible = BigDecimal.ZERO;
    private final Map<String, BigDecimal[]> areas = new LinkedHashMap<>();

    static PointsTally of(Iterable<Evaluation> evaluations) {
        PointsTally tally = new PointsTally();
        evaluations.forEach(tally::add);
        return tally;
    }

    void add(Evaluation evaluation) {
        earned = earned.add(evaluation.points());
        possible = possible.add(evaluation.possiblePoints());
        BigDecimal[] area = areas.computeIfAbsent(evaluation.indicator().areaCode(),
                code -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        area[0] = area[0].add(evaluation.points());
        area[1] = area[1].add(evaluation.possiblePoints());
    }

    BigDecimal earned() {
        return earned;
    }

    BigDecimal possible() {
        return possible;
    }

    BigDecimal score() {
        return percent(earned, possible);
    }

    /** Score per area code; areas with no points due are left out. */
    Map<String, BigDecimal> areaScores() {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        areas.forEach((code, points) -> {
            if (points[1].signum() > 0) {
                scores.put(code, percent(points[0], points[1]));
            }
        });
        return scores;
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0
                ? BigDecimal.ZERO
                : part.multiply(HUNDRED).divide(whole, IndicatorJudge.MATH);
    }
}
