package vn.cchc.rollup.read;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.rollup.read.ReportParserLayoutTest.keys;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.normalize.LegacyEncoding;

/** Reports typed in TCVN3 (.VnTime) and VNI-Windows fonts read to the same facts as Unicode ones. */
class LegacyEncodedReportTest {

    private final ReportParser parser = new ReportParser(PlanLoader.builtIn());

    @TempDir
    Path dir;

    /** A template report: letterhead, title, labels, a long table with names only (no codes), a note. */
    private static final List<List<String>> REPORT = List.of(
            List.of("UBND TỈNH HÀ TĨNH"),
            List.of("XÃ ĐỨC THỌ"),
            List.of("", "", "Hà Tĩnh, ngày 05 tháng 4 năm 2026"),
            List.of("Báo cáo kết quả thực hiện các chỉ tiêu cải cách hành chính"),
            List.of("Đơn vị báo cáo:", "Xã Đức Thọ"),
            List.of("Kỳ báo cáo:", "Quý I năm 2026"),
            List.of("STT", "Tên chỉ tiêu", "Giá trị", "Ghi chú"),
            List.of("1", "Công khai tài chính đúng quy định", "Có", "Đã công khai tại trụ sở"),
            List.of("2", "Số tin, bài về CCHC đăng trên Cổng/Trang thông tin điện tử", "5", ""));

    @ParameterizedTest
    @CsvSource({"xlsx,.VnTime,TCVN3", "xls,.VnTime,TCVN3", "xlsx,VNI-Times,VNI", "xls,VNI-Times,VNI"})
    void workbookCellsInALegacyFontAreReadAsUnicode(String type, String font, LegacyEncoding encoding) throws Exception {
        Path file = dir.resolve("bao-cao." + type);
        writeWorkbook(file, font, encoding);
        ParsedReport report = parser.parse(file, file.getFileName().toString());
        assertReadRight(report);
    }

    @ParameterizedTest
    @CsvSource({"TCVN3", "VNI"})
    void csvSavedByALegacyProgramIsReadAsUnicode(LegacyEncoding encoding) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (List<String> row : REPORT) {
            bytes.write(encoding.encodeBytes(String.join(";", row) + "\r\n"));
        }
        Path file = Files.write(dir.resolve("bao-cao.csv"), bytes.toByteArray());
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain("Đức");
        assertReadRight(parser.parse(file, "bao-cao.csv"));
    }

    /** No font name at all (the font was changed to Arial afterwards): character statistics decide. */
    @Test
    void legacyTextInAPlainFontIsRecognisedByItsLetters() throws Exception {
        Path file = dir.resolve("bao-cao.xlsx");
        writeWorkbook(file, "Arial", LegacyEncoding.TCVN3);
        assertReadRight(parser.parse(file, "bao-cao.xlsx"));
    }

    @Test
    void capitalFontLetterheadStillNamesTheAgency() throws Exception {
        Path file = dir.resolve("so.xlsx");
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("BC");
            CellStyle capitals = style(workbook, ".VnTimeH");
            CellStyle normal = style(workbook, ".VnTime");
            // .VnTimeH: typed in lower-case codes, shown as capitals
            set(sheet, 0, 0, LegacyEncoding.TCVN3.encode("sở nội vụ"), capitals);
            set(sheet, 1, 0, LegacyEncoding.TCVN3.encode("Kỳ báo cáo: 6 tháng đầu năm 2026"), normal);
            set(sheet, 2, 0, "Mã chỉ tiêu", normal);
            set(sheet, 2, 1, LegacyEncoding.TCVN3.encode("Giá trị"), normal);
            set(sheet, 3, 0, "CDDH-04", normal);
            sheet.getRow(3).createCell(1).setCellValue(12);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        ParsedReport report = parser.parse(file, "so.xlsx");
        assertThat(report.rejects()).isEmpty();
        assertThat(keys(report.facts())).containsExactly("SO-NOIVU|2026-H1|CDDH-04|||12");
    }

    private static void assertReadRight(ParsedReport report) {
        assertThat(report.rejects()).isEmpty();
        assertThat(report.layout()).isEqualTo(Layout.TEMPLATE);
        assertThat(report.reportDate()).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(keys(report.facts())).containsExactly("XA-DUCTHO|2026-Q1|CDDH-04|||5", "XA-DUCTHO|2026-Q1|TCC-01|||1");
        assertThat(report.facts()).filteredOn(f -> f.indicatorCode().equals("TCC-01"))
                .extracting(Fact::note).containsExactly("Đã công khai tại trụ sở");
    }

    private static void writeWorkbook(Path file, String font, LegacyEncoding encoding) throws Exception {
        try (Workbook workbook = file.toString().endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Báo cáo");
            CellStyle legacy = style(workbook, font);
            for (int r = 0; r < REPORT.size(); r++) {
                List<String> cells = REPORT.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    String text = cells.get(c);
                    if (text.isEmpty()) {
                        continue;
                    }
                    if (text.matches("\\d+")) {
                        (sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r)).createCell(c)
                                .setCellValue(Integer.parseInt(text));
                    } else {
                        set(sheet, r, c, encoding.encode(text), legacy);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static CellStyle style(Workbook workbook, String fontName) {
        Font font = workbook.createFont();
        font.setFontName(fontName);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    private static void set(Sheet sheet, int r, int c, String text, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        row.createCell(c).setCellValue(text);
        row.getCell(c).setCellStyle(style);
    }
}
