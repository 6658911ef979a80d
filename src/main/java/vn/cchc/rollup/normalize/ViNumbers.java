package vn.cchc.rollup.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Numbers and dates written the Vietnamese way in messages: 95,5 and 05/04/2026. */
public final class ViNumbers {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ViNumbers() {
    }

    public static String number(BigDecimal n) {
        BigDecimal rounded = n.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString().replace('.', ',');
    }

    public static String date(LocalDate date) {
        return date.format(DATE);
    }
}
