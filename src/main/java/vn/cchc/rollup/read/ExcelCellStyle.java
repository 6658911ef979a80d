package vn.cchc.rollup.read;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * What a reader needs from a cell style: whether its number format shows a date or a percent,
 * and its font name.
 */
record ExcelCellStyle(boolean dateFormat, boolean percentFormat, String font) {

    static final ExcelCellStyle PLAIN = new ExcelCellStyle(false, false, null);

    static ExcelCellStyle of(int formatIndex, String formatString, String fontName) {
        boolean date = formatString != null && DateUtil.isADateFormat(formatIndex, formatString);
        boolean percent = !date && showsPercent(formatString);
        String font = fontName == null || fontName.isBlank() ? null : fontName;
        return new ExcelCellStyle(date, percent, font);
    }

    /** A '%' outside quoted literals and not escaped with a backslash. */
    static boolean showsPercent(String formatString) {
        if (formatString == null) {
            return false;
        }
        boolean quoted = false;
        for (int i = 0; i < formatString.length(); i++) {
            char c = formatString.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && !quoted) {
                i++;
            } else if (c == '%' && !quoted) {
                return true;
            }
        }
        return false;
    }
}
