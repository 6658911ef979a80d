package vn.cchc.rollup.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.template.TemplateEntry;

/**
 * What an agency reports on one indicator. A rate has a numerator and denominator and may also
 * carry its value; {@code text} holds yes/no answers and badly typed values; all null is blank.
 */
record SampleValue(Indicator indicator, BigDecimal numerator, BigDecimal denominator, BigDecimal value,
        String text, String note) {

    static SampleValue blank(Indicator indicator, String note) {
        return new SampleValue(indicator, null, null, null, null, note);
    }

    boolean isBlank() {
        return numerator == null && denominator == null && value == null && text == null;
    }

    /** The value to show where only one figure fits: given, or computed from the ratio (1 decimal). */
    BigDecimal figure() {
        if (value != null || numerator == null || denominator == null || denominator.signum() == 0) {
            return value;
        }
        return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 1, RoundingMode.HALF_UP);
    }

    SampleValue withValue(BigDecimal newValue) {
        return new SampleValue(indicator, null, null, newValue, null, note);
    }

    SampleValue withText(String newText) {
        return new SampleValue(indicator, null, null, null, newText, note);
    }

    SampleValue withRatio(BigDecimal newNumerator, BigDecimal newDenominator) {
        return new SampleValue(indicator, newNumerator, newDenominator, null, null, note);
    }

    TemplateEntry toEntry() {
        return new TemplateEntry(numerator, denominator, value, text, note);
    }
}
