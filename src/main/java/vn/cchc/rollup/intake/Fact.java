package vn.cchc.rollup.intake;

import java.math.BigDecimal;
import vn.cchc.rollup.normalize.Period;

/**
 * One accepted value: an agency's figure for an indicator in a period, in the indicator's unit
 * (percent units for PERCENT, 1/0 for YES_NO). For a rate given as tử số / mẫu số, numerator and
 * denominator are kept and value = 100 × numerator / denominator.
 */
public record Fact(
        String agencyCode,
        Period period,
        String indicatorCode,
        BigDecimal numerator,
        BigDecimal denominator,
        BigDecimal value,
        String note,
        SourceRef source) {

    public boolean hasRatio() {
        return numerator != null && denominator != null;
    }
}
