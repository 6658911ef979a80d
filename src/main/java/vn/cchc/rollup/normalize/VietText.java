package vn.cchc.rollup.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text helpers: Unicode normalization and diacritic-insensitive keys. */
public final class VietText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_KEY_CHAR = Pattern.compile("[^a-z0-9&]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u200B\\uFEFF]+");
    private static final Pattern PEOPLES_COMMITTEE = Pattern.compile("^(ubnd|uy ban nhan dan) ");

    private VietText() {
    }

    /** NFC-normalized text with runs of white space (including no-break spaces) folded to one space. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /** Lower case, no diacritics, đ as d: "Sở Nội vụ" and "SO NOI VU" fold alike. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
    }

    /** A matching key: folded, punctuation as single spaces, "&" kept (Sở KH&CN). */
    public static String key(String text) {
        return NOT_KEY_CHAR.matcher(fold(text)).replaceAll(" ").strip();
    }

    /** A matching key for agency names, without a leading "UBND" / "Ủy ban nhân dân". */
    public static String agencyKey(String text) {
        return PEOPLES_COMMITTEE.matcher(key(text)).replaceFirst("");
    }

    public static boolean isBlank(String text) {
        return clean(text).isEmpty();
    }
}
