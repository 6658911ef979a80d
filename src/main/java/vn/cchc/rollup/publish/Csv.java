package vn.cchc.rollup.publish;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.io.function.IOConsumer;

/**
 * CSV exports: UTF-8 with a byte order mark (so Excel detects the encoding), numbers in plain
 * dot notation, and text neutralized against CSV injection.
 */
public final class Csv {

    private static final char BOM = '\uFEFF';
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private Csv() {
    }

    /** Writes {@code file} atomically; {@code rows} prints the records after the header. */
    public static void write(Path file, List<String> header, IOConsumer<CSVPrinter> rows) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader(header.toArray(String[]::new))
                .setRecordSeparator("\r\n")
                .get();
        AtomicFiles.write(file, (OutputStream out) -> {
            // buffered: the printer hands over each value and separator alone, and the encoder
            // wraps every piece it is given in a buffer of its own
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write(BOM);
            try (CSVPrinter printer = new CSVPrinter(writer, format)) {
                rows.accept(printer);
            }
        });
    }

    /**
     * Text safe to open in a spreadsheet: a cell a spreadsheet would read as a formula gets a
     * leading quote (OWASP). A plain number such as "-5" is left as it is.
     */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean formulaStart = first == '=' || first == '+' || first == '-' || first == '@'
                || first == '\t' || first == '\r';
        if (formulaStart && !PLAIN_NUMBER.matcher(value).matches()) {
            return "'" + value;
        }
        return value;
    }

    /** Plain dot notation without exponent or trailing zeros; empty for null. */
    public static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** Rounded to {@code decimals} places (half up), plain dot notation. */
    public static String number(BigDecimal value, int decimals) {
        return value == null ? "" : value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
