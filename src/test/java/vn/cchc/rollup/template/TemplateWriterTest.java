package vn.cchc.rollup.template;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.normalize.Period;

class TemplateWriterTest {

    private static final Plan PLAN = PlanLoader.builtIn();
    private static final Period Q1 = Period.quarter(2026, 1);

    @TempDir
    Path dir;

    @Test
    void writesTheLetterheadLabelsAndHeaderWhereTheReaderExpectsThem() throws Exception {
        Agency noiVu = PLAN.agency("SO-NOIVU").orElseThrow();
        Path file = dir.resolve(TemplateWriter.fileName(noiVu, Q1));
        TemplateWriter.write(PLAN, noiVu, Q1, file);

        assertEquals("Mau-bao-cao-SO-NOIVU-2026-Q1.xlsx", file.getFileName().toString());
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = workbook.getSheet("Báo cáo");
            assertNotNull(sheet);
            assertEquals("UBND TỈNH HÀ TĨNH", text(sheet, 1, 1));
            assertEquals("SỞ NỘI VỤ", text(sheet, 2, 1));
            assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text(sheet, 1, 6));
            assertEquals("Độc lập - Tự do - Hạnh phúc", text(sheet, 2, 6));
            assertEquals("Hà Tĩnh, ngày ..... tháng ..... năm 2026", text(sheet, 3, 6));
            assertEquals("BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH", text(sheet, 5, 1));
            assertTrue(sheet.getMergedRegions().contains(CellRangeAddress.valueOf("A5:I5")));
            assertTrue(workbook.getFontAt(cell(sheet, 5, 1).getCellStyle().getFontIndex()).getBold());
            assertEquals("Mã đơn vị:", text(sheet, 7, 1));
            assertEquals("SO-NOIVU", text(sheet, 7, 3));
            assertEquals("Đơn vị báo cáo:", text(sheet, 8, 1));
            assertEquals("Sở Nội vụ", text(sheet, 8, 3));
            assertEquals("Kỳ báo cáo:", text(sheet, 9, 1));
            assertEquals("Quý I/2026", text(sheet, 9, 3));
            assertEquals("Ngày báo cáo:", text(sheet, 10, 1));
            assertEquals("", text(sheet, 10, 3));
            assertEquals(List.of("STT", "Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Chỉ tiêu kế hoạch",
                    "Tử số", "Mẫu số", "Giá trị", "Ghi chú"), rowTexts(sheet, 12, 9));
            assertEquals(12, sheet.getPaneInformation().getHorizontalSplitPosition());
        }
    }

    @Test
    void listsEveryApplicableIndicatorUnderItsAreaInCatalogueOrder() throws Exception {
        Agency xa = PLAN.agency("XA-DUCTHO").orElseThrow();
        Path file = dir.resolve("xa.xlsx");
        TemplateWriter.write(PLAN, xa, Q1, file);

        List<String> expectedCodes = PLAN.indicatorsFor(xa).stream().map(Indicator::code).toList();
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = workbook.getSheet("Báo cáo");
            assertEquals("I", text(sheet, 13, 1));
            assertEquals("Công tác chỉ đạo điều hành cải cách hành chính", text(sheet, 13, 3));
            assertTrue(workbook.getFontAt(cell(sheet, 13, 3).getCellStyle().getFontIndex()).getBold());
            // CDDH-01 is for Sở only: the first row of a xã is CDDH-02, numbered 1
            assertEquals("1", text(sheet, 14, 1));
            assertEquals("CDDH-02", text(sheet, 14, 2));
            assertEquals("%", text(sheet, 14, 4));
            assertEquals("≥ 100%", text(sheet, 14, 5));
            assertEquals("CDDH-04", text(sheet, 15, 2));
            assertEquals("Số lượng", text(sheet, 15, 4));
            assertEquals("≥ 6 (2/tháng)", text(sheet, 15, 5));

            List<String> codes = new ArrayList<>();
            List<String> areaNumbers = new ArrayList<>();
            int row = 13;
            while (!text(sheet, row, 1).isEmpty()) {
                if (text(sheet, row, 2).isEmpty()) {
                    areaNumbers.add(text(sheet, row, 1));
                } else {
                    codes.add(text(sheet, row, 2));
                }
                row++;
            }
            assertEquals(expectedCodes, codes);
            assertEquals(List.of("I", "II", "III", "IV", "V", "VI", "VII"), areaNumbers);
            assertTrue(text(sheet, row + 1, 1).contains("Tử số và Mẫu số"), "instruction under the table");
        }
    }

    @Test
    void filledTemplateKeepsTheValuesTypedIntoItsInputCells() throws Exception {
        Agency noiVu = PLAN.agency("SO-NOIVU").orElseThrow();
        Path file = dir.resolve("blank.xlsx");
        TemplateWriter.write(PLAN, noiVu, Q1, file);

        int tthc06 = rowOf(file, "TTHC-06");
        int cddh04 = rowOf(file, "CDDH-04");
        int tcc01 = rowOf(file, "TCC-01");
        Path filled = dir.resolve("filled.xlsx");
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = workbook.getSheet("Báo cáo");
            cell(sheet, 10, 3).setCellValue(LocalDate.of(2026, 4, 5));
            cell(sheet, tthc06, 6).setCellValue(995);
            cell(sheet, tthc06, 7).setCellValue(1000);
            cell(sheet, cddh04, 8).setCellValue(7);
            cell(sheet, tcc01, 8).setCellValue("Có");
            cell(sheet, tcc01, 9).setCellValue("Đã công khai quý I");
            try (OutputStream out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }
        try (InputStream in = Files.newInputStream(filled); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheet("Báo cáo");
            Cell date = cell(sheet, 10, 3);
            assertTrue(DateUtil.isCellDateFormatted(date));
            assertEquals(LocalDate.of(2026, 4, 5), date.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("05/04/2026", new DataFormatter().formatCellValue(date));
            assertEquals(995.0, cell(sheet, tthc06, 6).getNumericCellValue());
            assertEquals(1000.0, cell(sheet, tthc06, 7).getNumericCellValue());
            assertEquals("> 99%", text(sheet, tthc06, 5));
            assertEquals(7.0, cell(sheet, cddh04, 8).getNumericCellValue());
            assertEquals("Có", text(sheet, tcc01, 8));
            assertEquals("Đã công khai quý I", text(sheet, tcc01, 9));
            assertEquals("SO-NOIVU", text(sheet, 7, 3));
        }
    }

    @Test
    void protectsTheSheetAndValidatesOnlyTheInputCells() throws Exception {
        Agency noiVu = PLAN.agency("SO-NOIVU").orElseThrow();
        Path file = dir.resolve("protected.xlsx");
        TemplateWriter.write(PLAN, noiVu, Q1, file);
        int tthc06 = rowOf(file, "TTHC-06");
        int cddh04 = rowOf(file, "CDDH-04");
        int tcc01 = rowOf(file, "TCC-01");

        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = workbook.getSheet("Báo cáo");
            assertTrue(sheet.getProtect(), "sheet protection on");
            assertFalse(cell(sheet, 10, 3).getCellStyle().getLocked(), "report date is an input");
            assertTrue(cell(sheet, 7, 3).getCellStyle().getLocked(), "agency code is locked");
            assertTrue(cell(sheet, tthc06, 2).getCellStyle().getLocked(), "indicator code is locked");
            assertTrue(cell(sheet, tthc06, 5).getCellStyle().getLocked(), "target is locked");
            for (int column = 6; column <= 9; column++) {
                assertFalse(cell(sheet, tthc06, column).getCellStyle().getLocked(), "percent input column " + column);
            }
            assertTrue(cell(sheet, cddh04, 6).getCellStyle().getLocked(), "no numerator for a count");
            assertTrue(cell(sheet, cddh04, 7).getCellStyle().getLocked(), "no denominator for a count");
            assertFalse(cell(sheet, cddh04, 8).getCellStyle().getLocked());

            ValidationSummary validations = ValidationSummary.of(sheet);
            assertEquals("DECIMAL BETWEEN 0..100", validations.at(tthc06, 8));
            assertEquals("DECIMAL GREATER_OR_EQUAL 0", validations.at(tthc06, 6));
            assertEquals("DECIMAL GREATER_THAN 0", validations.at(tthc06, 7));
            assertEquals("INTEGER GREATER_OR_EQUAL 0", validations.at(cddh04, 8));
            assertEquals("LIST Có,Không", validations.at(tcc01, 8));
            assertTrue(validations.at(10, 3).startsWith("DATE BETWEEN"), validations.at(10, 3));
            assertNull(validations.at(cddh04, 6));
            assertNull(validations.at(tthc06, 9));
        }
    }

    @Test
    void writesOneTemplatePerAgencyIntoAFolder() throws Exception {
        List<Path> files = TemplateWriter.writeAll(PLAN, Period.half(2026, 1), dir.resolve("mau"));
        assertEquals(45, files.size());
        assertTrue(Files.isRegularFile(dir.resolve("mau/Mau-bao-cao-XA-KYANH-2026-H1.xlsx")));
        try (Workbook workbook = WorkbookFactory.create(dir.resolve("mau/Mau-bao-cao-SO-YTE-2026-H1.xlsx").toFile())) {
            Sheet sheet = workbook.getSheet("Báo cáo");
            assertEquals("6 tháng đầu năm 2026", text(sheet, 9, 3));
            assertEquals("SỞ Y TẾ", text(sheet, 2, 1));
        }
    }

    @Test
    void sameInputGivesTheSameBytes() throws Exception {
        Agency agency = PLAN.agency("SO-TUPHAP").orElseThrow();
        TemplateWriter.write(PLAN, agency, Q1, dir.resolve("a.xlsx"));
        Thread.sleep(1100);
        TemplateWriter.write(PLAN, agency, Q1, dir.resolve("b.xlsx"));
        assertEquals(-1L, Files.mismatch(dir.resolve("a.xlsx"), dir.resolve("b.xlsx")));
    }

    static int rowOf(Path file, String code) throws Exception {
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = workbook.getSheet("Báo cáo");
            for (Row row : sheet) {
                if (row.getRowNum() >= 12 && code.equals(text(sheet, row.getRowNum() + 1, 2))) {
                    return row.getRowNum() + 1;
                }
            }
        }
        throw new AssertionError("no row for " + code);
    }

    static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row - 1);
        if (r == null) {
            r = sheet.createRow(row - 1);
        }
        Cell c = r.getCell(column - 1);
        return c != null ? c : r.createCell(column - 1);
    }

    static String text(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row - 1);
        Cell c = r == null ? null : r.getCell(column - 1);
        if (c == null) {
            return "";
        }
        return c.getCellType() == CellType.STRING ? c.getStringCellValue() : new DataFormatter().formatCellValue(c);
    }

    static List<String> rowTexts(Sheet sheet, int row, int columns) {
        List<String> texts = new ArrayList<>();
        for (int column = 1; column <= columns; column++) {
            texts.add(text(sheet, row, column));
        }
        return texts;
    }
}
