package vn.cchc.rollup.read.layouts;

import java.math.BigDecimal;
import vn.cchc.rollup.intake.Fact;

/** A fact the file must give; numbers compared by value, not by scale. */
record ExpectedFact(String agency, String period, String indicator, BigDecimal numerator,
                    BigDecimal denominator, BigDecimal value) {

    static String key(Fact fact) {
        return key(fact.agencyCode(), fact.period() == null ? null : fact.period().code(), fact.indicatorCode(),
                fact.numerator(), fact.denominator(), fact.value());
    }

    String key() {
        return key(agency, period, indicator, numerator, denominator, value);
    }

    private static String key(String agency, String period, String indicator, BigDecimal numerator,
                              BigDecimal denominator, BigDecimal value) {
        return String.join("|", agency, period, indicator, plain(numerator), plain(denominator), plain(value));
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
