package vn.cchc.rollup.normalize;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * The two font encodings Vietnamese offices typed in before Unicode: TCVN3 (TCVN 5712, the "ABC"
 * encoding of the {@code .VnTime} fonts) and VNI-Windows (the {@code VNI-Times} fonts). Neither has
 * a Java charset. Text in them reaches us as a "byte string": one char per byte, either from a
 * file read as ISO-8859-1, or from an Excel cell, where Windows turned each typed byte into the
 * windows-1252 character of that byte.
 */
public enum LegacyEncoding {
    TCVN3, VNI;

    /** windows-1252 characters of the bytes 0x80–0x9F (U+0000 where the code page has none). */
    private static final char[] CP1252_HIGH = {
            '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
            '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
            '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
            '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178'};

    /**
     * TCVN 5712:1993 (VN1, of which the common VN3 "ABC" set is the lower-case part), bytes
     * 0x80–0xFF, as published in the standard and in GNU libiconv's TCVN table.
     */
    private static final int[] TCVN3_HIGH = {
            // 0x80
            0x00C0, 0x1EA2, 0x00C3, 0x00C1, 0x1EA0, 0x1EB6, 0x1EAC, 0x00C8,
            0x1EBA, 0x1EBC, 0x00C9, 0x1EB8, 0x1EC6, 0x00CC, 0x1EC8, 0x0128,
            // 0x90
            0x00CD, 0x1ECA, 0x00D2, 0x1ECE, 0x00D5, 0x00D3, 0x1ECC, 0x1ED8,
            0x1EDC, 0x1EDE, 0x1EE0, 0x1EDA, 0x1EE2, 0x00D9, 0x1EE6, 0x0168,
            // 0xA0: Ă Â Ê Ô Ơ Ư Đ, then ă â ê ô ơ ư đ
            0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110,
            0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0,
            // 0xB0: five combining tone marks, then à ả ã á ạ ...
            0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3,
            0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4,
            // 0xC0
            0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7,
            0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD,
            // 0xD0
            0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC,
            0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2,
            // 0xE0
            0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7,
            0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9,
            // 0xF0
            0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF,
            0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0};

    /** VN1 puts twelve upper-case letters on control codes; tab, line feed and carriage return are kept. */
    private static final Map<Integer, Integer> TCVN3_LOW = Map.ofEntries(
            Map.entry(0x01, 0x00DA), Map.entry(0x02, 0x1EE4), Map.entry(0x04, 0x1EEA), Map.entry(0x05, 0x1EEC),
            Map.entry(0x06, 0x1EEE), Map.entry(0x11, 0x1EE8), Map.entry(0x12, 0x1EF0), Map.entry(0x13, 0x1EF2),
            Map.entry(0x14, 0x1EF6), Map.entry(0x15, 0x1EF8), Map.entry(0x16, 0x00DD), Map.entry(0x17, 0x1EF4));

    private static final Map<Integer, Character> CP1252_BYTE_OF = new HashMap<>();
    private static final Map<Character, Integer> TCVN3_BYTE_OF = new HashMap<>();
    private static final Map<String, String> VNI_DECODE = new HashMap<>();
    private static final Map<Character, String> VNI_ENCODE = new HashMap<>();

    static {
        for (int i = 0; i < CP1252_HIGH.length; i++) {
            CP1252_BYTE_OF.put((int) CP1252_HIGH[i], (char) (0x80 + i));
        }
        for (int i = 0; i < TCVN3_HIGH.length; i++) {
            TCVN3_BYTE_OF.putIfAbsent((char) TCVN3_HIGH[i], 0x80 + i);
        }
        TCVN3_LOW.forEach((b, c) -> TCVN3_BYTE_OF.put((char) c.intValue(), b));
        VniTable.fill(VNI_ENCODE);
        VNI_ENCODE.forEach((letter, vni) -> VNI_DECODE.put(vni, String.valueOf(letter)));
        // keyboards and hand edits mix the case of a letter and its mark: "Aù" is still Á
        VNI_ENCODE.forEach((letter, vni) -> {
            if (vni.length() == 2) {
                String base = vni.substring(0, 1);
                String mark = vni.substring(1);
                boolean upper = Character.isUpperCase(letter);
                String otherMark = upper ? mark.toLowerCase(java.util.Locale.ROOT) : mark.toUpperCase(java.util.Locale.ROOT);
                VNI_DECODE.putIfAbsent(base + otherMark, String.valueOf(letter));
            }
        });
    }

    /** Unicode (NFC) text from a byte string in this encoding; characters that are no byte pass unchanged. */
    public String decode(String byteText) {
        StringBuilder out = new StringBuilder(byteText.length());
        int i = 0;
        while (i < byteText.length()) {
            char c = byteText.charAt(i);
            int b = byteOf(c);
            if (this == TCVN3) {
                out.append(b < 0 ? c : tcvn3Char(b));
                i++;
                continue;
            }
            if (i + 1 < byteText.length()) {
                String pair = VNI_DECODE.get(latin1(byteText.charAt(i)) + "" + latin1(byteText.charAt(i + 1)));
                if (pair != null) {
                    out.append(pair);
                    i += 2;
                    continue;
                }
            }
            String single = VNI_DECODE.get(String.valueOf(latin1(c)));
            out.append(single != null ? single : c);
            i++;
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * The byte string of Unicode text in this encoding, as it shows in an Excel cell (windows-1252
     * characters); letters the encoding lacks pass unchanged.
     */
    public String encode(String unicode) {
        String text = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (this == VNI) {
                out.append(VNI_ENCODE.getOrDefault(c, String.valueOf(c)));
                continue;
            }
            Integer b = c < 0x80 ? null : TCVN3_BYTE_OF.get(c);
            out.append(b == null ? c : windows1252(b));
        }
        return out.toString();
    }

    /** The bytes of Unicode text in this encoding, as a legacy program would save them to a text file. */
    public byte[] encodeBytes(String unicode) {
        String chars = encode(unicode);
        byte[] bytes = new byte[chars.length()];
        for (int i = 0; i < chars.length(); i++) {
            int b = byteOf(chars.charAt(i));
            bytes[i] = (byte) (b < 0 ? '?' : b);
        }
        return bytes;
    }

    private static char tcvn3Char(int b) {
        if (b >= 0x80) {
            return (char) TCVN3_HIGH[b - 0x80];
        }
        Integer low = TCVN3_LOW.get(b);
        return (char) (low == null ? b : low);
    }

    /** The byte a character stands for: itself up to 0xFF, or the windows-1252 byte; -1 for none. */
    static int byteOf(char c) {
        if (c <= 0xFF) {
            return c;
        }
        Character b = CP1252_BYTE_OF.get((int) c);
        return b == null ? -1 : b;
    }

    private static char latin1(char c) {
        int b = byteOf(c);
        return b < 0 ? c : (char) b;
    }

    private static char windows1252(int b) {
        return b >= 0x80 && b < 0xA0 ? CP1252_HIGH[b - 0x80] : (char) b;
    }
}
