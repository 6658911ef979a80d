package vn.cchc.rollup.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.SourceRef;
import vn.cchc.rollup.normalize.Period;

/** Small hand-built facts and number assertions for the scoring tests. */
final class Facts {

    private static final SourceRef SOURCE = new SourceRef("bao-cao.csv", "dòng 2");

    private Facts() {
    }

    static Fact value(String agency, Period period, String indicator, String value) {
        return new Fact(agency, period, indicator, null, null, new BigDecimal(value), "", SOURCE);
    }

    /** A rate given as tử số / mẫu số; its value is rounded to 2 decimals, as reports show it. */
    static Fact ratio(String agency, Period period, String indicator, String numerator, String denominator) {
        BigDecimal num = new BigDecimal(numerator);
        BigDecimal den = new BigDecimal(denominator);
        BigDecimal value = num.multiply(BigDecimal.valueOf(100)).divide(den, 2, RoundingMode.HALF_UP);
        return new Fact(agency, period, indicator, num, den, value, "", SOURCE);
    }

    /** Numeric equality regardless of scale ("3" equals "3.00"); null expected means null. */
    static void assertNumber(String expected, BigDecimal actual, String what) {
        if (expected == null) {
            assertEquals(null, actual, what);
            return;
        }
        if (actual == null || new BigDecimal(expected).compareTo(actual) != 0) {
            assertEquals(expected, actual == null ? null : actual.toPlainString(), what);
        }
    }

    /** Equality after rounding the actual value to the expected literal's decimals. */
    static void assertRounded(String expected, BigDecimal actual, String what) {
        BigDecimal wanted = new BigDecimal(expected);
        assertEquals(wanted, actual.setScale(wanted.scale(), RoundingMode.HALF_UP), what);
    }
}
