package vn.cchc.rollup.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.apache.poi.ss.usermodel.DateUtil;

/** Builds {@link RawCell}s from Excel values by the rules written on {@link RawCell}; null means empty. */
final class ExcelCells {

    /** Excel shows at most 15 significant digits: 0.1+0.2 is stored 0.30000000000000004 but is 0.3. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private ExcelCells() {
    }

    static RawCell string(int column, String value, ExcelCellStyle style) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return new RawCell(column, nfc(value), null, style.percentFormat(), style.font());
    }

    static RawCell number(int column, BigDecimal value, ExcelCellStyle style, boolean date1904) {
        if (style.dateFormat() && DateUtil.isValidExcelDate(value.doubleValue())) {
            return new RawCell(column, dateText(value.doubleValue(), date1904), null, false, style.font());
        }
        BigDecimal number = excelNumber(value);
        return new RawCell(column, number.toPlainString(), number, style.percentFormat(), style.font());
    }

    static RawCell bool(int column, boolean value, ExcelCellStyle style) {
        return new RawCell(column, value ? "TRUE" : "FALSE", null, false, style.font());
    }

    static RawCell error(int column, String errorText, ExcelCellStyle style) {
        if (errorText == null || errorText.isBlank()) {
            return null;
        }
        return new RawCell(column, errorText, null, false, style.font());
    }

    static BigDecimal excelNumber(BigDecimal value) {
        BigDecimal rounded = value.round(EXCEL_PRECISION).stripTrailingZeros();
        // 100 strips to 1E+2; keep whole numbers at scale 0 so that they print and compare plainly
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    /** "2026-04-05" for a whole day, "2026-04-05T08:30" with a time, "08:30" for a bare time. */
    static String dateText(double serial, boolean date1904) {
        LocalDateTime dateTime = DateUtil.getLocalDateTime(serial, date1904, true);
        if (serial < 1 && serial > 0 && !date1904) {
            return dateTime.toLocalTime().toString();
        }
        if (dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return dateTime.toLocalDate().toString();
        }
        return dateTime.toString();
    }

    static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
