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
import java.util.Arrays;

/**
 * The character set of a text table as offices produce them: a byte-order mark (Excel "CSV UTF-8",
 * or "Unicode Text" in UTF-16), BOM-less UTF-8, or else the Vietnamese Windows code page.
 *
 * @param charset   how to decode the text after the mark
 * @param bomLength bytes of byte-order mark to skip
 */
record CsvEncoding(Charset charset, int bomLength) {

    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

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
        return new CsvEncoding(isStrictUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1258, 0);
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
