package vn.cchc.rollup.score;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Earned and possible points of a group of evaluations (an agency, a scope), overall and per area,
 * as summed by the database.
 *
 * @param byArea per area code
 * @param facts  how many of the evaluations hold a fact
 */
record GroupPoints(Points total, Map<String, Points> byArea, int facts) {

    static final GroupPoints NONE = new GroupPoints(Points.NONE, Map.of(), 0);

    GroupPoints {
        byArea = Map.copyOf(byArea);
    }

    /** The points of both groups together. */
    GroupPoints plus(GroupPoints other) {
        Map<String, Points> areas = new HashMap<>(byArea);
        other.byArea.forEach((area, points) -> areas.merge(area, points, Points::plus));
        return new GroupPoints(total.plus(other.total), areas, facts + other.facts);
    }

    /** A group made of its areas' sums. */
    static GroupPoints ofAreas(Map<String, Points> byArea, int facts) {
        Points total = byArea.values().stream().reduce(Points.NONE, Points::plus);
        return new GroupPoints(total, byArea, facts);
    }

    /** earned / possible × 100; 0 when nothing is due. */
    BigDecimal score() {
        return total.score();
    }

    /** Score per area code; areas with no points due are left out. */
    Map<String, BigDecimal> areaScores() {
        Map<String, BigDecimal> scores = new HashMap<>();
        byArea.forEach((code, points) -> {
            if (points.possible().signum() > 0) {
                scores.put(code, points.score());
            }
        });
        return scores;
    }

    record Points(BigDecimal earned, BigDecimal possible) {

        static final Points NONE = new Points(BigDecimal.ZERO, BigDecimal.ZERO);
        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        Points plus(Points other) {
            return new Points(earned.add(other.earned), possible.add(other.possible));
        }

        /** Without trailing zeros, as the database's sums come back. */
        Points plain() {
            return new Points(earned.stripTrailingZeros(), possible.stripTrailingZeros());
        }

        BigDecimal score() {
            return possible.signum() == 0
                    ? BigDecimal.ZERO
                    : earned.multiply(HUNDRED).divide(possible, IndicatorJudge.MATH);
        }
    }
}
