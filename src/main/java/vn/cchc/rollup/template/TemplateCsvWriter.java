package vn.cchc.rollup.template;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.normalize.Period;

/**
 * Writes the template rows as CSV (UTF-8 with BOM, comma-delimited), keeping the row numbers of the
 * workbook: empty lines stand for its empty rows, numbers use the decimal comma.
 */
public final class TemplateCsvWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private TemplateCsvWriter() {
    }

    public static void write(Plan plan, Agency agency, Period period, TemplateFill fill, Path file)
            throws IOException {
        List<TemplateLine> lines = TemplateContent.lines(plan, agency, period, fill);
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, format)) {
            writer.write('\uFEFF');
            int row = 1;
            for (TemplateLine line : lines) {
                for (; row < line.row(); row++) {
                    printer.println();
                }
                printer.printRecord(texts(line));
                row++;
            }
        }
    }

    private static List<String> texts(TemplateLine line) {
        List<String> texts = new ArrayList<>();
        for (Object value : line.cells()) {
            texts.add(text(value));
        }
        return texts;
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return TargetText.number(number);
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        return value.toString();
    }
}
