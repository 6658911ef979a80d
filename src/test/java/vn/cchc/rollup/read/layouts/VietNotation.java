package vn.cchc.rollup.read.layouts;

import java.math.BigDecimal;

/** Numbers the way Vietnamese clerks write them: decimal comma, no thousands separator below 1000. */
final class VietNotation {

    private VietNotation() {
    }

    static String of(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
