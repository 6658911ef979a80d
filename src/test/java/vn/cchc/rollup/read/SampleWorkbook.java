package vn.cchc.rollup.read;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The same small report written as .xlsx and as .xls, and the rows a reader must give for it.
 * {@code defaultFont} is the format's default font (Calibri for xlsx, Arial for xls).
 */
final class SampleWorkbook {

    static final String REPORT = "Báo cáo";
    static final String HIDDEN = "Ẩn";
    static final String VERY_HIDDEN = "Rất ẩn";

    private SampleWorkbook() {
    }

    static void write(Workbook workbook, Path file) throws IOException {
        CellStyle percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        Font vnTime = workbook.createFont();
        vnTime.setFontName(".VnTime");
        CellStyle legacy = workbook.createCellStyle();
        legacy.setFont(vnTime);

        Sheet report = workbook.createSheet(REPORT);
        Row header = report.createRow(0);
        header.createCell(0).setCellValue("Chỉ tiêu");
        header.createCell(1).setCellValue("Giá trị");

        Row rate = report.createRow(1);
        rate.createCell(0).setCellValue("Tỷ lệ hồ sơ giải quyết đúng hạn");
        Cell rateValue = rate.createCell(1);
        rateValue.setCellValue(0.955);
        rateValue.setCellStyle(percent);

        Row count = report.createRow(2);
        count.createCell(0).setCellValue("Số TTHC");
        count.createCell(2).setCellValue(100);

        Row day = report.createRow(3);
        day.createCell(0).setCellValue("Ngày báo cáo");
        Cell dayValue = day.createCell(1);
        dayValue.setCellValue(LocalDate.of(2026, 4, 5));
        dayValue.setCellStyle(date);

        Row formulas = report.createRow(4);
        formulas.createCell(0).setCellFormula("B2*100");
        formulas.createCell(1).setCellFormula("A1&\"!\"");
        formulas.createCell(2).setCellValue(true);
        formulas.createCell(3).setCellFormula("1/0");
        formulas.createCell(4).setCellFormula("0.1+0.2");

        Row hidden = report.createRow(5);
        hidden.createCell(0).setCellValue("Dòng ẩn");
        hidden.setZeroHeight(true);

        Row blank = report.createRow(6);
        blank.createCell(0).setCellValue("   ");
        blank.createCell(1);

        Row legacyFont = report.createRow(8);
        Cell legacyCell = legacyFont.createCell(0);
        legacyCell.setCellValue("Bé phËn Mét cöa");
        legacyCell.setCellStyle(legacy);
        legacyFont.createCell(1).setCellValue(95.5);

        workbook.createSheet(HIDDEN).createRow(0).createCell(0).setCellValue("Bí mật");
        workbook.createSheet(VERY_HIDDEN).createRow(2).createCell(1).setCellValue(-3.25);
        workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
        workbook.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);

        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        for (Cell cell : formulas) {
            evaluator.evaluateFormulaCell(cell);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
    }

    static List<RawRow> expectedReportRows(String defaultFont) {
        return List.of(
                row(0, false, text(0, "Chỉ tiêu", defaultFont), text(1, "Giá trị", defaultFont)),
                row(1, false, text(0, "Tỷ lệ hồ sơ giải quyết đúng hạn", defaultFont),
                        new RawCell(1, "0.955", new BigDecimal("0.955"), true, defaultFont)),
                row(2, false, text(0, "Số TTHC", defaultFont), number(2, "100", defaultFont)),
                row(3, false, text(0, "Ngày báo cáo", defaultFont), new RawCell(1, "2026-04-05", null, false, defaultFont)),
                row(4, false, number(0, "95.5", defaultFont), text(1, "Chỉ tiêu!", defaultFont),
                        text(2, "TRUE", defaultFont), text(3, "#DIV/0!", defaultFont), number(4, "0.3", defaultFont)),
                row(5, true, text(0, "Dòng ẩn", defaultFont)),
                row(8, false, text(0, "Bé phËn Mét cöa", ".VnTime"), number(1, "95.5", defaultFont)));
    }

    static RawRow row(int index, boolean hidden, RawCell... cells) {
        return new RawRow(REPORT, index, hidden, List.of(cells));
    }

    static RawCell text(int column, String text, String font) {
        return new RawCell(column, text, null, false, font);
    }

    static RawCell number(int column, String number, String font) {
        return new RawCell(column, number, new BigDecimal(number), false, font);
    }
}
