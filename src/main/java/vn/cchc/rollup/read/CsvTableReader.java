package vn.cchc.rollup.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a delimited text table ({@code .csv}, {@code .tsv}, {@code .txt}) as one sheet named null.
 * Values stay text (numbers are not parsed here) and are NFC-normalized, because windows-1258 and
 * macOS files spell Vietnamese tone marks as combining characters.
 */
public final class CsvTableReader implements TableReader {

    private static final int SAMPLE_CHARS = 64 * 1024;

    @Override
    public void read(Path file, RowVisitor visitor) throws UnreadableFileException {
        try {
            CsvEncoding encoding = CsvEncoding.detect(file);
            try (BufferedReader text = new BufferedReader(encoding.open(file), SAMPLE_CHARS + 1)) {
                CsvDelimiter delimiter = CsvDelimiter.detect(sample(text));
                parse(text, delimiter, encoding, new GuardedVisitor(visitor));
            }
        } catch (GuardedVisitor.VisitorFailure failure) {
            throw GuardedVisitor.rethrow(failure);
        } catch (UncheckedIOException e) {
            throw ReadFailures.of(ReadFailures.CORRUPT_CSV, e);
        } catch (IOException | RuntimeException e) {
            throw ReadFailures.of(ReadFailures.CANNOT_OPEN, e);
        }
    }

    private static String sample(BufferedReader text) throws IOException {
        text.mark(SAMPLE_CHARS);
        char[] buffer = new char[SAMPLE_CHARS];
        int length = text.read(buffer, 0, SAMPLE_CHARS);
        text.reset();
        return length <= 0 ? "" : new String(buffer, 0, length);
    }

    private static void parse(Reader text, CsvDelimiter delimiter, CsvEncoding encoding, RowVisitor visitor) throws IOException {
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(delimiter.delimiter())
                .setQuote('"')
                // empty lines are kept as records so that the parser's line count stays the file's
                .setIgnoreEmptyLines(false)
                .setLenientEof(true)
                .setTrailingData(true)
                .get();
        if (!visitor.startSheet(null, false)) {
            visitor.endSheet();
            return;
        }
        try (CSVParser parser = CSVParser.builder().setReader(text).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                int line = (int) parser.getCurrentLineNumber();
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                if (delimiter.skipFirstLine() && record.getRecordNumber() == 1) {
                    continue;
                }
                List<RawCell> cells = new ArrayList<>();
                for (int column = 0; column < record.size(); column++) {
                    String value = record.get(column);
                    if (value != null && !value.isBlank()) {
                        cells.add(RawCell.text(column, Normalizer.normalize(encoding.decode(value), Normalizer.Form.NFC)));
                    }
                }
                if (!cells.isEmpty()) {
                    visitor.row(new RawRow(null, line, false, cells));
                }
            }
        }
        visitor.endSheet();
    }
}
