package vn.cchc.rollup.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.Plan;

/**
 * A very large report for the memory benchmark: one long-layout sheet (agency, indicator,
 * numerator, denominator, value, note) of as many rows as asked, written with bounded memory.
 */
public final class BigWorkbook {

    private static final List<String> HEADER = List.of("Mã đơn vị", "Tên đơn vị", "Kỳ báo cáo", "Mã chỉ tiêu",
            "Tên chỉ tiêu", "Tử số", "Mẫu số", "Giá trị", "Ghi chú");

    private BigWorkbook() {
    }

    /** Writes {@code rows} data rows; the same plan, rows and seed give the same cells. */
    public static void write(Plan plan, int rows, Path file, long seed) throws IOException {
        Random random = new Random(seed);
        List<Agency> agencies = plan.agencies();
        List<Indicator> indicators = plan.indicators();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet("Chi tieu");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            for (int r = 1; r <= rows; r++) {
                Agency agency = agencies.get(random.nextInt(agencies.size()));
                Indicator indicator = indicators.get(random.nextInt(indicators.size()));
                int denominator = 20 + random.nextInt(500);
                int numerator = random.nextInt(denominator + 1);
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(agency.code());
                row.createCell(1).setCellValue(agency.name());
                row.createCell(2).setCellValue("Quý I/2026");
                row.createCell(3).setCellValue(indicator.code());
                row.createCell(4).setCellValue(indicator.name());
                row.createCell(5).setCellValue(numerator);
                row.createCell(6).setCellValue(denominator);
                row.createCell(7).setCellValue(Math.round(numerator * 1000.0 / denominator) / 10.0);
                row.createCell(8).setCellValue("Ghi chú " + Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }
}
