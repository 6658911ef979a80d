package vn.cchc.rollup.read;

import java.util.List;

/** Magic numbers at the start of files. */
enum FileSignature {
    ZIP(0x50, 0x4B, 0x03, 0x04),
    OLE2(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
    PDF(0x25, 0x50, 0x44, 0x46, 0x2D),
    PNG(0x89, 0x50, 0x4E, 0x47),
    JPEG(0xFF, 0xD8, 0xFF),
    GIF(0x47, 0x49, 0x46, 0x38),
    RTF(0x7B, 0x5C, 0x72, 0x74, 0x66),
    GZIP(0x1F, 0x8B),
    RAR(0x52, 0x61, 0x72, 0x21),
    SEVEN_ZIP(0x37, 0x7A, 0xBC, 0xAF);

    private static final List<FileSignature> NOT_TABLES = List.of(PDF, PNG, JPEG, GIF, RTF, GZIP, RAR, SEVEN_ZIP);

    private final int[] magic;

    FileSignature(int... magic) {
        this.magic = magic;
    }

    boolean matches(byte[] head) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean isPicture(byte[] head) {
        return PDF.matches(head) || PNG.matches(head) || JPEG.matches(head) || GIF.matches(head);
    }

    static boolean isKnownBinary(byte[] head) {
        return NOT_TABLES.stream().anyMatch(signature -> signature.matches(head));
    }

    /** Text has no NUL bytes, except UTF-16 text, which starts with its byte-order mark. */
    static boolean looksLikeText(byte[] head) {
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            return true;
        }
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }
}
