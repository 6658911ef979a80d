package vn.cchc.rollup.xlsx;

/**
 * Text made safe for SpreadsheetML: markup characters escaped, and characters XML 1.0 cannot carry
 * (control characters, lone surrogates) written as Excel's {@code _xHHHH_}, which spreadsheet readers
 * turn back into the character. A literal {@code _xHHHH_} in the text has its underscore escaped the
 * same way, so it reads back as written.
 */
final class XmlText {

    private XmlText() {
    }

    static void append(StringBuilder out, String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;"); // a bare CR would be read back as a line feed
                case '_' -> out.append(looksEscaped(text, i) ? "_x005F_" : "_");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    } else {
                        out.append("_x").append(String.format("%04X", (int) c)).append('_');
                    }
                }
            }
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        append(out, text);
        return out.toString();
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n'
                || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE);
    }

    /** Whether {@code _xHHHH_} starts at {@code i}. */
    private static boolean looksEscaped(String text, int i) {
        if (i + 7 > text.length() || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
