package vn.cchc.rollup.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Repairs text typed in a legacy Vietnamese font encoding. The cell's font says which encoding
 * when it can ({@code .VnTime}, {@code .VnArial} → TCVN3; {@code VNI-Times} → VNI); otherwise the
 * text is decoded only when that turns it into clearly better Vietnamese.
 */
public final class LegacyText {

    private static final Locale VIETNAMESE = new Locale("vi");

    private LegacyText() {
    }

    /** The encoding a font name implies, if any. */
    public static Optional<LegacyEncoding> encodingOfFont(String font) {
        if (font == null) {
            return Optional.empty();
        }
        String name = font.strip();
        if (name.regionMatches(true, 0, ".Vn", 0, 3)) {
            return Optional.of(LegacyEncoding.TCVN3);
        }
        if (name.regionMatches(true, 0, "VNI-", 0, 4) || name.regionMatches(true, 0, "VNI ", 0, 4)) {
            return Optional.of(LegacyEncoding.VNI);
        }
        return Optional.empty();
    }

    /**
     * Unicode text for a cell; unchanged when it is not legacy text.
     *
     * @param font the cell's font name, or null
     */
    public static String repair(String text, String font) {
        if (text == null || isAscii(text) || !isByteString(text)) {
            return text;
        }
        Optional<LegacyEncoding> byFont = encodingOfFont(font);
        if (byFont.isPresent()) {
            String decoded = byFont.get().decode(text);
            // the capital fonts (.VnTimeH, .VnArialH) draw the lower-case codes as capitals
            return byFont.get() == LegacyEncoding.TCVN3 && font.strip().endsWith("H")
                    ? decoded.toUpperCase(VIETNAMESE) : decoded;
        }
        return detect(text).map(encoding -> encoding.decode(text)).orElse(text);
    }

    /** Plain ASCII: the same in every encoding, nothing to repair. */
    public static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Legacy text has one character per byte; a letter such as "ỉ" or "ơ" that no byte gives means
     * the text is Unicode already, whatever its font says.
     */
    public static boolean isByteString(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (LegacyEncoding.byteOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether decoding does not make the text read worse: for short cells ("Cã" is TCVN3 for "Có") that tie. */
    public static boolean readsAtLeastAsWell(String text, LegacyEncoding encoding) {
        return VietSyllables.score(encoding.decode(text)) >= VietSyllables.score(text);
    }

    /** The legacy encoding that makes a (byte-string) text read best as Vietnamese, if it reads better than as is. */
    public static Optional<LegacyEncoding> detect(String text) {
        return detect(text, VietSyllables.score(Normalizer.normalize(text, Normalizer.Form.NFC)));
    }

    /** As {@link #detect(String)}, against the score of another reading of the same bytes. */
    public static Optional<LegacyEncoding> detect(String byteText, int scoreToBeat) {
        LegacyEncoding best = null;
        int bestScore = scoreToBeat;
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            String decoded = encoding.decode(byteText);
            int score = VietSyllables.score(decoded);
            if (score > bestScore && !decoded.equals(byteText)) {
                best = encoding;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}
