package vn.cchc.rollup.read.layouts;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report page saved as "CSV UTF-8" by a Vietnamese Excel: BOM, ';' between cells, numbers as shown,
 * a merged cell's text in its first cell only.
 */
final class CsvReportWriter implements ReportWriter {

    @Override
    public void write(ReportContent content, Path file) throws IOException {
        write(SheetComposer.reportPage(content), file);
    }

    void write(Page page, Path file) throws IOException {
        int width = page.width();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            out.write('\uFEFF');
            for (List<Cell> row : page.rows()) {
                for (int c = 0; c < width; c++) {
                    csv.print(c < row.size() ? row.get(c).shown() : "");
                }
                csv.println();
            }
        }
    }
}
