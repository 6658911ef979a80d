package vn.cchc.rollup.normalize;

import java.util.Map;

/**
 * The VNI-Windows spelling of every Vietnamese letter: a base letter followed by a mark character
 * (the VNI tables of the VNI fonts and of xvnkb / Unikey agree on these). Upper-case letters use
 * the upper-case base and the upper-case Latin-1 mark.
 */
final class VniTable {

    /** Tone order used below: none, sắc (acute), huyền (grave), hỏi (hook), ngã (tilde), nặng (dot). */
    private static final String PLAIN_MARKS = "\u00F9\u00F8\u00FB\u00F5\u00EF";       // ù ø û õ ï
    private static final String CIRCUMFLEX_MARKS = "\u00E1\u00E0\u00E5\u00E3\u00E4";  // á à å ã ä (after â)
    private static final String BREVE_MARKS = "\u00E9\u00E8\u00FA\u00FC\u00EB";       // é è ú ü ë (after ê)

    /** Unicode letters by tone, in the order above, for each vowel. */
    private static final String A = "aáàảãạ";
    private static final String A_CIRCUMFLEX = "âấầẩẫậ";
    private static final String A_BREVE = "ăắằẳẵặ";
    private static final String E = "eéèẻẽẹ";
    private static final String E_CIRCUMFLEX = "êếềểễệ";
    private static final String O = "oóòỏõọ";
    private static final String O_CIRCUMFLEX = "ôốồổỗộ";
    private static final String O_HORN = "ơớờởỡợ";
    private static final String U = "uúùủũụ";
    private static final String U_HORN = "ưứừửữự";
    private static final String I = "iíìỉĩị";
    private static final String Y = "yýỳỷỹỵ";

    private VniTable() {
    }

    static void fill(Map<Character, String> encode) {
        plain(encode, A, "a");
        plain(encode, E, "e");
        plain(encode, O, "o");
        plain(encode, U, "u");
        plain(encode, O_HORN, "\u00F4");   // ơ is VNI ô
        plain(encode, U_HORN, "\u00F6");   // ư is VNI ö
        plain(encode, Y, "y");
        marked(encode, A_CIRCUMFLEX, "a", '\u00E2', CIRCUMFLEX_MARKS);
        marked(encode, E_CIRCUMFLEX, "e", '\u00E2', CIRCUMFLEX_MARKS);
        marked(encode, O_CIRCUMFLEX, "o", '\u00E2', CIRCUMFLEX_MARKS);
        marked(encode, A_BREVE, "a", '\u00EA', BREVE_MARKS);
        // i takes one character per tone: i í ì æ ó ò; ỵ is the single character î
        single(encode, I, "i\u00ED\u00EC\u00E6\u00F3\u00F2");
        put(encode, 'ỵ', "\u00EE");
        put(encode, 'đ', "\u00F1");
    }

    private static void plain(Map<Character, String> encode, String letters, String base) {
        put(encode, letters.charAt(0), base);
        for (int tone = 1; tone < letters.length(); tone++) {
            put(encode, letters.charAt(tone), base + PLAIN_MARKS.charAt(tone - 1));
        }
    }

    private static void marked(Map<Character, String> encode, String letters, String base, char shape, String marks) {
        put(encode, letters.charAt(0), base + shape);
        for (int tone = 1; tone < letters.length(); tone++) {
            put(encode, letters.charAt(tone), base + marks.charAt(tone - 1));
        }
    }

    private static void single(Map<Character, String> encode, String letters, String vni) {
        for (int tone = 0; tone < letters.length(); tone++) {
            put(encode, letters.charAt(tone), String.valueOf(vni.charAt(tone)));
        }
    }

    /** A lower-case letter and its upper-case twin; plain ASCII letters are not entered (they are themselves). */
    private static void put(Map<Character, String> encode, char lower, String vni) {
        if (lower >= 0x80) {
            encode.put(lower, vni);
            encode.put(Character.toUpperCase(lower), upper(vni));
        }
    }

    /** Latin-1 letters upper-case by clearing bit 0x20, as the VNI fonts lay them out. */
    private static String upper(String vni) {
        StringBuilder out = new StringBuilder();
        for (char c : vni.toCharArray()) {
            out.append(c >= 0xE0 && c <= 0xFE && c != 0xF7 ? (char) (c - 0x20) : Character.toUpperCase(c));
        }
        return out.toString();
    }
}
