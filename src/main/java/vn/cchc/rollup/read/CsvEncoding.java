package vn.cchc.rollup.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import vn.cchc.rollup.normalize.LegacyEncoding;
import vn.cchc.rollup.normalize.LegacyText;
import vn.cchc.rollup.normalize.VietSyllables;

/**
 * The character set of a text table as offices produce them: a byte-order mark (Excel "CSV UTF-8",
 * or "Unicode Text" in UTF-16), BOM-less UTF-8, or else the Vietnamese Windows code page.
 *
 * @param charset   how to decode the text after the mark
 * @param bomLength bytes of byte-order mark to skip
 * @param legacy    the legacy font encoding (TCVN3, VNI) of each value, read as ISO-8859-1; or null
 */
record CsvEncoding(Charset charset, int bomLength, LegacyEncoding legacy) {

    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    private static final int LEGACY_SAMPLE_BYTES = 64 * 1024;

    CsvEncoding(Charset charset, int bomLength) {
        this(charset, bomLength, null);
    }

    static CsvEncoding detect(Path file) throws IOException {
        byte[] head = new byte[3];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        byte[] start = Arrays.copyOf(head, read);
        if (startsWith(start, 0xEF, 0xBB, 0xBF)) {
            return new CsvEncoding(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(start, 0xFF, 0xFE)) {
            return new CsvEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(start, 0xFE, 0xFF)) {
            return new CsvEncoding(StandardCharsets.UTF_16BE, 2);
        }
        if (isStrictUtf8(file)) {
            return new CsvEncoding(StandardCharsets.UTF_8, 0);
        }
        return singleByte(file);
    }

    /** Not UTF-8: windows-1258, unless the bytes read clearly better as TCVN3 or VNI text. */
    private static CsvEncoding singleByte(Path file) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(LEGACY_SAMPLE_BYTES);
        }
        String asWindows1258 = Normalizer.normalize(new String(sample, WINDOWS_1258), Normalizer.Form.NFC);
        String bytes = new String(sample, StandardCharsets.ISO_8859_1);
        return LegacyText.detect(bytes, VietSyllables.score(asWindows1258))
                .map(legacy -> new CsvEncoding(StandardCharsets.ISO_8859_1, 0, legacy))
                .orElseGet(() -> new CsvEncoding(WINDOWS_1258, 0));
    }

    /** A value as read, in Unicode. */
    String decode(String value) {
        return legacy == null ? value : legacy.decode(value);
    }

    /** Opens the file's text, past the byte-order mark. */
    Reader open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        try {
            in.skipNBytes(bomLength);
            return new InputStreamReader(in, charset);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Decodes the whole file (streaming) and fails on the first byte sequence that is not UTF-8. */
    private static boolean isStrictUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(new BufferedInputStream(Files.newInputStream(file)), decoder)) {
            char[] buffer = new char[8192];
            while (reader.read(buffer) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
