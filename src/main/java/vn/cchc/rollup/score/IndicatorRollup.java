package vn.cchc.rollup.score;

import java.math.BigDecimal;
import vn.cchc.rollup.catalog.Indicator;

/**
 * One indicator over a group of agencies.
 *
 * @param value       the group figure: Σ tử số / Σ mẫu số × 100 for RATIO, Σ for SUM, mean for
 *                    MEAN, share answering yes (percent) for ALL_YES; null when nobody reported
 * @param numerator   Σ tử số for RATIO, else null
 * @param denominator Σ mẫu số for RATIO, else null
 * @param valueOnly   RATIO values that came without tử số / mẫu số and so are left out of the rate
 */
public record IndicatorRollup(
        Indicator indicator,
        Scope scope,
        BigDecimal value,
        BigDecimal numerator,
        BigDecimal denominator,
        int applicable,
        int met,
        int notMet,
        int missing,
        int notDue,
        int valueOnly) {

    public int reported() {
        return applicable - missing;
    }
}
