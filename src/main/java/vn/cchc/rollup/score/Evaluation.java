package vn.cchc.rollup.score;

import java.math.BigDecimal;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.normalize.Period;

/**
 * One agency × applicable indicator × period, judged.
 *
 * @param fact   the accepted value, or null when MISSING
 * @param target the target for this period (scaled for PER_MONTH; for INCREASE the previous
 *               year's value), or null when there is none
 * @param points points earned; zero for MISSING and NOT_DUE
 */
public record Evaluation(
        Agency agency,
        Indicator indicator,
        Period period,
        Fact fact,
        BigDecimal target,
        Status status,
        BigDecimal points) {

    /** Points this evaluation counts toward the maximum: the indicator's points unless not due. */
    public BigDecimal possiblePoints() {
        return status == Status.NOT_DUE ? BigDecimal.ZERO : indicator.points();
    }
}
