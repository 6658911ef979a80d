package vn.cchc.rollup.score;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Earned and possible points over some evaluations, overall and per area. */
final class PointsTally {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Points total = Points.NONE;
    private final Map<String, Points> byArea = new LinkedHashMap<>();

    static PointsTally of(Iterable<Evaluation> evaluations) {
        PointsTally tally = new PointsTally();
        evaluations.forEach(tally::add);
        return tally;
    }

    void add(Evaluation evaluation) {
        Points points = new Points(evaluation.points(), evaluation.possiblePoints());
        total = total.plus(points);
        byArea.merge(evaluation.indicator().areaCode(), points, Points::plus);
    }

    BigDecimal earned() {
        return total.earned();
    }

    BigDecimal possible() {
        return total.possible();
    }

    /** earned / possible × 100; 0 when nothing is due. */
    BigDecimal score() {
        return total.score();
    }

    /** Score per area code; areas with no points due are left out. */
    Map<String, BigDecimal> areaScores() {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        byArea.forEach((code, points) -> {
            if (points.possible().signum() > 0) {
                scores.put(code, points.score());
            }
        });
        return scores;
    }

    private record Points(BigDecimal earned, BigDecimal possible) {

        static final Points NONE = new Points(BigDecimal.ZERO, BigDecimal.ZERO);

        Points plus(Points other) {
            return new Points(earned.add(other.earned), possible.add(other.possible));
        }

        BigDecimal score() {
            return possible.signum() == 0
                    ? BigDecimal.ZERO
                    : earned.multiply(HUNDRED).divide(possible, IndicatorJudge.MATH);
        }
    }
}
