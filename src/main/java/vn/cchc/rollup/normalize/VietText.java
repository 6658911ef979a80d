package vn.cchc.rollup.normalize;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text helpers: Unicode normalization and diacritic-insensitive keys. Called for nearly
 * every cell read, so written as plain loops rather than regular expressions.
 */
public final class VietText {

    private static final String[] PEOPLES_COMMITTEE = {"ubnd ", "uy ban nhan dan "};
    private static final TextMemo<String> FOLDED = new TextMemo<>(VietText::foldOnce);
    private static final TextMemo<String> KEYS = new TextMemo<>(VietText::keyOnce);

    private VietText() {
    }

    /** NFC-normalized text with runs of white space (including no-break spaces) folded to one space. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        int length = normalized.length();
        StringBuilder out = new StringBuilder(length);
        boolean changed = false;
        for (int i = 0; i < length; i++) {
            char c = normalized.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
                continue;
            }
            int end = i + 1;
            while (end < length && isSpace(normalized.charAt(end))) {
                end++;
            }
            changed |= end > i + 1 || c != ' ';
            out.append(' ');
            i = end - 1;
        }
        return (changed ? out.toString() : normalized).strip();
    }

    /** Lower case, no diacritics, đ as d: "Sở Nội vụ" and "SO NOI VU" fold alike. */
    public static String fold(String text) {
        return FOLDED.apply(text);
    }

    private static String foldOnce(String text) {
        String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (isMark(c)) {
                continue;
            }
            out.appendCodePoint(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** A matching key: folded, punctuation as single spaces, "&" kept (Sở KH&CN). */
    public static String key(String text) {
        return KEYS.apply(text);
    }

    private static String keyOnce(String text) {
        String folded = fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '&') {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** A matching key for agency names, without a leading "UBND" / "Ủy ban nhân dân". */
    public static String agencyKey(String text) {
        String key = key(text);
        for (String prefix : PEOPLES_COMMITTEE) {
            if (key.startsWith(prefix)) {
                return key.substring(prefix.length());
            }
        }
        return key;
    }

    public static boolean isBlank(String text) {
        return clean(text).isEmpty();
    }

    /** The white space {@link #clean} folds: ASCII white space, no-break space, zero-width space, BOM. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'
                || c == '\u00A0' || c == '\u200B' || c == '\uFEFF';
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
