package vn.cchc.rollup.read.layouts;

import java.util.Locale;

/** How a clerk spelled the header words. */
enum Spelling {
    AS_IS,
    UPPER,
    UNACCENTED,
    UPPER_UNACCENTED,
    /** A line break typed inside the cell (Alt+Enter) between the words. */
    LINE_BREAK;

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    String apply(String words) {
        return switch (this) {
            case AS_IS -> words;
            case UPPER -> words.toUpperCase(VIETNAMESE);
            case UNACCENTED -> Unaccented.of(words);
            case UPPER_UNACCENTED -> Unaccented.of(words).toUpperCase(Locale.ROOT);
            case LINE_BREAK -> breakInMiddle(words);
        };
    }

    private static String breakInMiddle(String words) {
        int middle = words.length() / 2;
        int before = words.lastIndexOf(' ', middle);
        int after = words.indexOf(' ', middle);
        int at = before < 0 ? after : after < 0 ? before : middle - before <= after - middle ? before : after;
        return at < 0 ? words : words.substring(0, at) + "\n" + words.substring(at + 1);
    }
}
