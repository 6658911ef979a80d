package vn.cchc.rollup.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SmallWorkbookTest {

    private static final Instant DATE = Instant.parse("2026-03-31T00:00:00Z");
    private static final Look BOLD = Look.PLAIN.withFont(Look.Font.BOLD);
    private static final Look HEADER = Look.PLAIN.withBorder().withFont(Look.Font.BOLD).withFill("D9E1F2")
            .wrapped(Look.Vertical.CENTER).centered();
    private static final Look SCORE = Look.PLAIN.withBorder().withFormat("0.00");

    @Test
    void textAndNumbersReadBackAsWritten() throws IOException {
        SmallWorkbook workbook = new SmallWorkbook("Kết quả", "cchc-rollup", DATE);
        SmallSheet sheet = workbook.sheet("Kết quả");
        sheet.text(0, 0, "Sở Nội vụ – Đạt", BOLD);
        sheet.text(0, 1, "=HYPERLINK(\"http://x\",\"bấm\")", Look.PLAIN);
        sheet.text(0, 2, "  hai khoảng trắng  ", Look.PLAIN);
        sheet.text(0, 3, "chuông\u0007 & <thẻ> \"trích\" _x0041_ dòng\r\nmới", Look.PLAIN);
        sheet.text(0, 4, null, Look.PLAIN);
        sheet.text(0, 27, "cột AB", Look.PLAIN);
        sheet.number(1, 0, 0.1, SCORE);
        sheet.number(1, 1, 12_500_000, SCORE);
        sheet.number(1, 2, -3, SCORE);
        sheet.blank(1, 3, SCORE);
        sheet.text(2, 0, "thay", Look.PLAIN);
        sheet.number(2, 0, 7, Look.PLAIN);
        sheet.text(5, 0, "𝔘 ngoài BMP", Look.PLAIN);

        try (XSSFWorkbook read = readBack(workbook)) {
            XSSFSheet back = read.getSheet("Kết quả");
            assertThat(back.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Sở Nội vụ – Đạt");
            XSSFCell formulaLooking = back.getRow(0).getCell(1);
            assertThat(formulaLooking.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaLooking.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"bấm\")");
            assertThat(back.getRow(0).getCell(2).getStringCellValue()).isEqualTo("  hai khoảng trắng  ");
            assertThat(back.getRow(0).getCell(3).getStringCellValue())
                    .isEqualTo("chuông\u0007 & <thẻ> \"trích\" _x0041_ dòng\r\nmới");
            assertThat(back.getRow(0).getCell(4).getStringCellValue()).isEmpty();
            assertThat(back.getRow(0).getCell(27).getStringCellValue()).isEqualTo("cột AB");
            assertThat(back.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(0.1);
            assertThat(back.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(12_500_000);
            assertThat(back.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(-3);
            assertThat(back.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(back.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(back.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(7);
            assertThat(back.getRow(3) == null).as("row 4 not written").isTrue();
            assertThat(back.getRow(5).getCell(0).getStringCellValue()).isEqualTo("𝔘 ngoài BMP");
        }
    }

    @Test
    void looksBecomeCellStyles() throws IOException {
        SmallWorkbook workbook = new SmallWorkbook("t", "c", DATE);
        SmallSheet sheet = workbook.sheet("Trang");
        sheet.text(0, 0, "Tiêu đề", Look.PLAIN.withFont(Look.Font.TITLE));
        sheet.text(1, 0, "Mã", HEADER);
        sheet.text(1, 1, "Đạt", Look.PLAIN.withBorder().withFill("c6efce").centered());
        sheet.text(1, 2, "dài", Look.PLAIN.withBorder().wrapped(Look.Vertical.TOP));
        sheet.number(2, 0, 1, Look.PLAIN.withBorder().withFormat("\"Có\";\"Có\";\"Không\""));
        sheet.number(2, 1, 2, SCORE);
        sheet.number(2, 2, 3, SCORE);

        try (XSSFWorkbook read = readBack(workbook)) {
            XSSFSheet back = read.getSheetAt(0);
            XSSFCellStyle title = back.getRow(0).getCell(0).getCellStyle();
            assertThat(title.getFont().getBold()).isTrue();
            assertThat(title.getFont().getFontHeightInPoints()).isEqualTo((short) 16);
            assertThat(title.getBorderTop()).isEqualTo(BorderStyle.NONE);

            XSSFCellStyle header = back.getRow(1).getCell(0).getCellStyle();
            assertThat(header.getFont().getBold()).isTrue();
            assertThat(header.getFont().getFontHeightInPoints()).isEqualTo((short) 11);
            assertThat(header.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(header.getFillForegroundXSSFColor().getARGBHex()).isEqualTo("FFD9E1F2");
            assertThat(header.getBorderLeft()).isEqualTo(BorderStyle.THIN);
            assertThat(header.getBorderBottom()).isEqualTo(BorderStyle.THIN);
            assertThat(header.getWrapText()).isTrue();
            assertThat(header.getAlignment()).isEqualTo(HorizontalAlignment.CENTER);
            assertThat(header.getVerticalAlignment()).isEqualTo(VerticalAlignment.CENTER);

            XSSFCellStyle met = back.getRow(1).getCell(1).getCellStyle();
            assertThat(met.getFillForegroundXSSFColor().getARGBHex()).isEqualTo("FFC6EFCE");
            assertThat(met.getFont().getBold()).isFalse();
            XSSFCellStyle wrapped = back.getRow(1).getCell(2).getCellStyle();
            assertThat(wrapped.getWrapText()).isTrue();
            assertThat(wrapped.getVerticalAlignment()).isEqualTo(VerticalAlignment.TOP);

            assertThat(back.getRow(2).getCell(0).getCellStyle().getDataFormatString()).isEqualTo("\"Có\";\"Có\";\"Không\"");
            assertThat(back.getRow(2).getCell(1).getCellStyle().getIndex())
                    .as("one style per look").isEqualTo(back.getRow(2).getCell(2).getCellStyle().getIndex());
            assertThat(read.getNumCellStyles()).isEqualTo(7);
        }
    }

    @Test
    void tablesAreFilteredFrozenSizedAndPrintOnOnePageWidth() throws IOException {
        SmallWorkbook workbook = new SmallWorkbook("t", "c", DATE);
        SmallSheet first = workbook.sheet("Kết quả");
        first.text(10, 0, "Mã", HEADER);
        first.text(11, 0, "CDDH-01", Look.PLAIN);
        first.autoFilter(10, 11, 0, 10);
        first.freeze(2, 11);
        first.columnWidth(0, 10);
        first.columnWidth(1, 50);
        first.print(PageLayout.landscape("Kết quả & điểm").repeating(10, 10));
        first.rowHeight(11, 33.5);
        first.merge(0, 0, 0, 3);
        first.breakAfter(11);
        SmallSheet second = workbook.sheet("Dữ liệu 'gốc' A");
        second.text(0, 0, "Tệp", HEADER);
        second.freeze(0, 1);
        second.autoFilter(0, 0, 0, 3);

        try (XSSFWorkbook read = readBack(workbook)) {
            assertThat(read.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet back = read.getSheetAt(0);
            assertThat(back.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A11:K12");
            List<? extends XSSFName> filters = read.getNames("_xlnm._FilterDatabase");
            assertThat(filters).extracting(XSSFName::getSheetIndex).containsExactly(0, 1);
            assertThat(filters).extracting(XSSFName::getRefersToFormula)
                    .containsExactly("'Kết quả'!$A$11:$K$12", "'Dữ liệu ''gốc'' A'!$A$1:$D$1");
            PaneInformation pane = back.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 2);
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 11);
            assertThat(back.getColumnWidth(0)).isEqualTo(10 * 256);
            assertThat(back.getColumnWidth(1)).isEqualTo(50 * 256);
            assertThat(back.getPrintSetup().getLandscape()).isTrue();
            assertThat(back.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(back.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(back.getPrintSetup().getFitHeight()).isZero();
            assertThat(back.getFitToPage()).isTrue();
            assertThat(back.getRepeatingRows()).hasToString(new org.apache.poi.ss.util.CellRangeAddress(10, 10, -1, -1).toString());
            assertThat(back.getHeader().getCenter()).isEqualTo("Kết quả && điểm");
            assertThat(back.getFooter().getLeft()).isEqualTo("In ngày &D");
            assertThat(back.getFooter().getRight()).isEqualTo("Trang &P/&N");
            assertThat(back.getRow(11).getHeightInPoints()).isEqualTo(33.5f);
            assertThat(back.getMergedRegions()).extracting(Object::toString)
                    .containsExactly(org.apache.poi.ss.util.CellRangeAddress.valueOf("A1:D1").toString());
            assertThat(back.getRowBreaks()).containsExactly(11);
            assertThat(back.isSelected()).isTrue();

            XSSFSheet other = read.getSheet("Dữ liệu 'gốc' A");
            assertThat(other.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(other.getPaneInformation().getVerticalSplitPosition()).isZero();
            assertThat(other.getFitToPage()).isFalse();
            assertThat(other.isSelected()).isFalse();
        }
    }

    @Test
    void theDocumentIsDatedAndTitledByTheCaller() throws IOException {
        SmallWorkbook workbook = new SmallWorkbook("Kết quả CCHC – Sở Tư pháp – Quý I/2026", "cchc-rollup", DATE);
        workbook.sheet("A").text(0, 0, "x", Look.PLAIN);
        try (XSSFWorkbook read = readBack(workbook)) {
            var core = read.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Kết quả CCHC – Sở Tư pháp – Quý I/2026");
            assertThat(core.getCreator()).isEqualTo("cchc-rollup");
            assertThat(core.getCreated()).isEqualTo(Date.from(DATE));
            assertThat(core.getModified()).isEqualTo(Date.from(DATE));
        }
    }

    @Test
    void theSameContentGivesTheSameBytes() throws IOException {
        assertThat(bytes(sample())).isEqualTo(bytes(sample()));
    }

    @Test
    void refusesWhatAWorkbookCannotHold() {
        SmallWorkbook workbook = new SmallWorkbook("t", "c", DATE);
        SmallSheet sheet = workbook.sheet("Kết quả");
        assertThatThrownBy(() -> workbook.sheet("kết quả")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> workbook.sheet("a/b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> workbook.sheet("x".repeat(32))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sheet.number(0, 0, Double.NaN, Look.PLAIN)).hasMessageContaining("A1");
        assertThatThrownBy(() -> sheet.text(-1, 0, "x", Look.PLAIN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Look.PLAIN.withFill("green")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmallWorkbook("t", "c", DATE).write(new ByteArrayOutputStream()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void columnLettersGoPastZ() {
        assertThat(SmallSheet.reference(0, 0)).isEqualTo("A1");
        assertThat(SmallSheet.reference(9, 25)).isEqualTo("Z10");
        assertThat(SmallSheet.reference(0, 26)).isEqualTo("AA1");
        assertThat(SmallSheet.reference(0, 701)).isEqualTo("ZZ1");
        assertThat(SmallSheet.reference(0, 702)).isEqualTo("AAA1");
    }

    private static SmallWorkbook sample() {
        SmallWorkbook workbook = new SmallWorkbook("t", "c", DATE);
        SmallSheet sheet = workbook.sheet("Kết quả");
        sheet.text(0, 0, "Mã", HEADER);
        sheet.number(1, 0, 95.5, SCORE);
        sheet.freeze(1, 1);
        return workbook;
    }

    private static byte[] bytes(SmallWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static XSSFWorkbook readBack(SmallWorkbook workbook) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes(workbook)));
    }
}
