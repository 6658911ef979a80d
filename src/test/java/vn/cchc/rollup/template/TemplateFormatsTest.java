package vn.cchc.rollup.template;

import static org.junit.jupiter.api.Assertions.*;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.normalize.Period;

class TemplateFormatsTest {

    private static final Plan PLAN = PlanLoader.builtIn();

    @TempDir
    Path dir;

    @Test
    void targetTextScalesMonthlyTargetsAndMarksYearEndIndicators() {
        Period q1 = Period.quarter(2026, 1);
        Period h1 = Period.half(2026, 1);
        assertEquals("≥ 6 (2/tháng)", TargetText.of(PLAN.indicator("CDDH-04").orElseThrow(), q1));
        assertEquals("≥ 12 (2/tháng)", TargetText.of(PLAN.indicator("CDDH-04").orElseThrow(), h1));
        assertEquals("> 99%", TargetText.of(PLAN.indicator("TTHC-06").orElseThrow(), q1));
        assertEquals("≥ 80%", TargetText.of(PLAN.indicator("TTHC-05").orElseThrow(), q1));
        assertEquals("Có", TargetText.of(PLAN.indicator("TCC-01").orElseThrow(), q1));
        assertEquals("Có (đánh giá cuối năm)", TargetText.of(PLAN.indicator("TCBM-01").orElseThrow(), q1));
        assertEquals("Tăng so với năm trước (đánh giá cuối năm)",
                TargetText.of(PLAN.indicator("TCC-02").orElseThrow(), q1));
        assertEquals("≥ 1 (đánh giá cuối năm)", TargetText.of(PLAN.indicator("CDDH-03").orElseThrow(), q1));
    }

    @Test
    void xlsWorkbookGetsTheSameLayoutProtectionAndValidation() throws Exception {
        Agency agency = PLAN.agency("SO-TAICHINH").orElseThrow();
        Period q1 = Period.quarter(2026, 1);
        TemplateFill fill = new TemplateFill(null, LocalDate.of(2026, 4, 8), Map.of(
                "TTHC-06", TemplateEntry.ratio(new BigDecimal("398"), new BigDecimal("400"), null, "Quý I"),
                "TCC-01", TemplateEntry.text("Có", null)));
        Path xls = dir.resolve("so-tai-chinh.xls");
        try (Workbook workbook = new HSSFWorkbook()) {
            TemplateSheetWriter.write(workbook, PLAN, agency, q1, fill);
            try (OutputStream out = Files.newOutputStream(xls)) {
                workbook.write(out);
            }
        }
        Path xlsx = dir.resolve("so-tai-chinh.xlsx");
        TemplateWriter.write(PLAN, agency, q1, xlsx);
        int tthc06 = TemplateWriterTest.rowOf(xlsx, "TTHC-06");

        try (Workbook workbook = WorkbookFactory.create(xls.toFile())) {
            Sheet sheet = workbook.getSheet("Báo cáo");
            assertTrue(sheet.getProtect());
            assertEquals("SO-TAICHINH", TemplateWriterTest.text(sheet, 7, 3));
            assertEquals("08/04/2026", TemplateWriterTest.text(sheet, 10, 3));
            assertEquals("TTHC-06", TemplateWriterTest.text(sheet, tthc06, 2));
            assertEquals(398.0, TemplateWriterTest.cell(sheet, tthc06, 6).getNumericCellValue());
            assertEquals(400.0, TemplateWriterTest.cell(sheet, tthc06, 7).getNumericCellValue());
            assertEquals("Quý I", TemplateWriterTest.text(sheet, tthc06, 9));
            assertFalse(TemplateWriterTest.cell(sheet, tthc06, 8).getCellStyle().getLocked());
            ValidationSummary validations = ValidationSummary.of(sheet);
            assertEquals("DECIMAL BETWEEN 0..100", validations.at(tthc06, 8));
            assertEquals("LIST Có,Không", validations.at(TemplateWriterTest.rowOf(xlsx, "TCC-01"), 8));
        }
    }

    @Test
    void csvKeepsRowNumbersAndUsesDecimalCommas() throws Exception {
        Agency agency = PLAN.agency("XA-DUCTHO").orElseThrow();
        Period q1 = Period.quarter(2026, 1);
        TemplateFill fill = new TemplateFill(null, LocalDate.of(2026, 4, 5),
                Map.of("TTHC-05", TemplateEntry.number(new BigDecimal("95.5"), null)));
        Path csv = dir.resolve("duc-tho.csv");
        TemplateCsvWriter.write(PLAN, agency, q1, fill, csv);

        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("\uFEFFUBND TỈNH HÀ TĨNH,"));
        assertEquals("", lines.get(3));
        assertEquals("Mã đơn vị:,,XA-DUCTHO", lines.get(6));
        assertEquals("Kỳ báo cáo:,,Quý I/2026", lines.get(8));
        assertEquals("Ngày báo cáo:,,05/04/2026", lines.get(9));
        assertEquals("STT,Mã chỉ tiêu,Tên chỉ tiêu,Đơn vị tính,Chỉ tiêu kế hoạch,Tử số,Mẫu số,Giá trị,Ghi chú",
                lines.get(11));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("") && l.contains(",TTHC-05,") && l.contains(",\"95,5\",")),
                "decimal comma, quoted");
    }
}
