package vn.cchc.rollup.read.layouts;

import java.math.BigDecimal;

/** Numbers the way Vietnamese clerks write them: decimal comma, thousands dot ("1.250", "95,5", "1.250,5"). */
final class VietNotation {

    private VietNotation() {
    }

    static String of(BigDecimal number) {
        String plain = number.stripTrailingZeros().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String decimals = point < 0 ? "" : "," + plain.substring(point + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0 && Character.isDigit(whole.charAt(i - 1))) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return grouped + decimals;
    }
}
