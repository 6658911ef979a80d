package vn.cchc.rollup.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.validate.WarningRule;

class FractionColumnsTest {

    private static final String HEAD = "Đơn vị báo cáo: Sở Y tế\nKỳ báo cáo: Quý I/2026\nSTT;Tên chỉ tiêu;Kết quả;Ghi chú\n";
    private static final String TTHC_05 = "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến";
    private static final String TTHC_06 = "Tỷ lệ hồ sơ TTHC được giải quyết trước hạn, đúng hạn";
    private static final String TTHC_03 = "Tỷ lệ số hóa kết quả giải quyết TTHC";
    private static final String CDDH_04 = "Số tin, bài về CCHC đăng trên Cổng/Trang thông tin điện tử";

    private final ReportParser parser = new ReportParser(PlanLoader.builtIn());

    @TempDir
    Path dir;

    @Test
    void aColumnOfFractionsIsReadAsPercentsWithAWarning() throws IOException {
        ParsedReport report = read("1;" + TTHC_05 + ";0,92;", "2;" + TTHC_06 + ";0,995;", "3;" + TTHC_03 + ";1;",
                "4;" + CDDH_04 + ";1;");
        assertThat(values(report)).containsExactly("TTHC-05=92", "TTHC-06=99.5", "TTHC-03=100", "CDDH-04=1");
        assertThat(report.warnings()).singleElement().satisfies(w -> {
            assertThat(w.rule()).isEqualTo(WarningRule.FRACTION_AS_PERCENT);
            assertThat(w.source().location()).isEqualTo("dòng 4, cột C");
            assertThat(w.message()).contains("3 ô", "0,92 → 92%", "0,995 → 99,5%", "1 → 100%");
        });
    }

    @Test
    void aColumnWithAnyRateAboveOneIsLeftAsTyped() throws IOException {
        ParsedReport report = read("1;" + TTHC_05 + ";0,5;", "2;" + TTHC_06 + ";99,5;");
        assertThat(values(report)).containsExactly("TTHC-05=0.5", "TTHC-06=99.5");
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void ratesTypedWithTheirPercentSignAreLeftAsTyped() throws IOException {
        ParsedReport report = read("1;" + TTHC_05 + ";0,5%;", "2;" + TTHC_06 + ";0,8;");
        assertThat(values(report)).containsExactly("TTHC-05=0.5", "TTHC-06=0.8");
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void oneRateAloneOrOnlyZerosAndOnesCannotTell() throws IOException {
        assertThat(values(read("1;" + TTHC_05 + ";0,92;", "2;" + CDDH_04 + ";0;"))).containsExactly("TTHC-05=0.92", "CDDH-04=0");
        assertThat(values(read("1;" + TTHC_05 + ";1;", "2;" + TTHC_06 + ";1;", "3;" + TTHC_03 + ";0;")))
                .containsExactly("TTHC-05=1", "TTHC-06=1", "TTHC-03=0");
    }

    @Test
    void ratiosAndPercentFormattedCellsAreNotFractions() throws IOException {
        Path file = dir.resolve("syt.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Quý I-2026");
            sheet.createRow(0).createCell(0).setCellValue("Đơn vị báo cáo: Sở Y tế");
            Row head = sheet.createRow(2);
            String[] words = {"Tên chỉ tiêu", "Tử số", "Mẫu số", "Tỷ lệ"};
            for (int c = 0; c < words.length; c++) {
                head.createCell(c).setCellValue(words[c]);
            }
            var percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            Row a = sheet.createRow(3);
            a.createCell(0).setCellValue(TTHC_05);
            a.createCell(3).setCellValue(0.92);
            a.getCell(3).setCellStyle(percent);
            Row b = sheet.createRow(4);
            b.createCell(0).setCellValue(TTHC_06);
            b.createCell(1).setCellValue(1);
            b.createCell(2).setCellValue(2);
            try (var out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        ParsedReport report = parser.parse(file, "syt.xlsx");
        assertThat(values(report)).containsExactly("TTHC-05=92", "TTHC-06=50");
        assertThat(report.warnings()).isEmpty();
    }

    private ParsedReport read(String... rows) throws IOException {
        Path file = dir.resolve("syt-" + rows.length + "-" + Math.abs(String.join("", rows).hashCode()) + ".csv");
        Files.writeString(file, HEAD + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        ParsedReport report = parser.parse(file, file.getFileName().toString());
        assertThat(report.rejects()).isEmpty();
        return report;
    }

    private static List<String> values(ParsedReport report) {
        return report.facts().stream().map(f -> f.indicatorCode() + "=" + f.value().stripTrailingZeros().toPlainString()).toList();
    }
}
