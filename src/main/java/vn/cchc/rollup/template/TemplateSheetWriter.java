package vn.cchc.rollup.template;

import static vn.cchc.rollup.template.TemplateLayout.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.Unit;
import vn.cchc.rollup.normalize.Period;

/**
 * Writes the template sheet into a workbook of either format (.xlsx or .xls): cells, styles,
 * merged regions, input cells, data validation, protection and frozen panes.
 */
public final class TemplateSheetWriter {

    /** Column widths in characters, columns A to I. */
    private static final int[] WIDTHS = {6, 11, 60, 10, 20, 10, 10, 10, 24};

    private TemplateSheetWriter() {
    }

    public static Sheet write(Workbook workbook, Plan plan, Agency agency, Period period, TemplateFill fill) {
        Sheet sheet = workbook.createSheet(SHEET_NAME);
        Styles styles = new Styles(workbook);
        List<TemplateLine> lines = TemplateContent.lines(plan, agency, period, fill);
        Validations validations = new Validations();
        for (TemplateLine line : lines) {
            Row row = sheet.createRow(line.row() - 1);
            switch (line.role()) {
                case LETTERHEAD -> writeLetterhead(row, line, styles);
                case TITLE -> put(row, 1, line.cell(1), styles.title);
                case LABEL -> writeLabel(row, line, styles);
                case REPORT_DATE -> {
                    put(row, LABEL_COLUMN, line.cell(LABEL_COLUMN), styles.label);
                    put(row, LABEL_VALUE_COLUMN, line.cell(LABEL_VALUE_COLUMN), styles.dateInput);
                    validations.reportDate(line.row());
                }
                case HEADER -> writeTable(row, line, styles.header, styles.header);
                case AREA -> writeTable(row, line, styles.area, styles.area);
                case INDICATOR -> writeIndicator(row, line, styles, validations);
                case INSTRUCTION -> put(row, 1, line.cell(1), styles.instruction);
            }
        }
        mergeRegions(sheet, lines);
        validations.addTo(sheet);
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW - 1, HEADER_ROW - 1, -1, -1));
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        protect(sheet);
        return sheet;
    }

    private static void writeLetterhead(Row row, TemplateLine line, Styles styles) {
        if (line.cell(1) != null) {
            put(row, 1, line.cell(1), styles.letterheadBold);
        }
        CellStyle right = switch (line.row()) {
            case LETTERHEAD_ROW_1 -> styles.letterheadBold;
            case LETTERHEAD_ROW_2 -> styles.motto;
            default -> styles.placeDate;
        };
        put(row, MOTTO_COLUMN, line.cell(MOTTO_COLUMN), right);
    }

    private static void writeLabel(Row row, TemplateLine line, Styles styles) {
        put(row, LABEL_COLUMN, line.cell(LABEL_COLUMN), styles.label);
        put(row, LABEL_VALUE_COLUMN, line.cell(LABEL_VALUE_COLUMN), styles.labelValue);
    }

    private static void writeTable(Row row, TemplateLine line, CellStyle first, CellStyle rest) {
        for (int column = 1; column <= COLUMN_COUNT; column++) {
            put(row, column, line.cell(column), column == 1 ? first : rest);
        }
    }

    private static void writeIndicator(Row row, TemplateLine line, Styles styles, Validations validations) {
        Unit unit = line.indicator().unit();
        boolean ratio = unit == Unit.PERCENT;
        put(row, COL_STT, line.cell(COL_STT), styles.centered);
        put(row, COL_CODE, line.cell(COL_CODE), styles.centered);
        put(row, COL_NAME, line.cell(COL_NAME), styles.wrapped);
        put(row, COL_UNIT, line.cell(COL_UNIT), styles.centered);
        put(row, COL_TARGET, line.cell(COL_TARGET), styles.centered);
        put(row, COL_NUMERATOR, line.cell(COL_NUMERATOR), ratio ? styles.numberInput : styles.closed);
        put(row, COL_DENOMINATOR, line.cell(COL_DENOMINATOR), ratio ? styles.numberInput : styles.closed);
        put(row, COL_VALUE, line.cell(COL_VALUE), unit == Unit.YES_NO ? styles.textInput : styles.numberInput);
        put(row, COL_NOTE, line.cell(COL_NOTE), styles.noteInput);
        validations.indicator(line.row(), unit);
    }

    private static void put(Row row, int column, Object value, CellStyle style) {
        Cell cell = row.createCell(column - 1);
        cell.setCellStyle(style);
        if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }

    private static void mergeRegions(Sheet sheet, List<TemplateLine> lines) {
        int last = COLUMN_COUNT - 1;
        int motto = MOTTO_COLUMN - 1;
        for (int row = LETTERHEAD_ROW_1 - 1; row <= LETTERHEAD_ROW_3 - 1; row++) {
            if (row < LETTERHEAD_ROW_3 - 1) {
                sheet.addMergedRegion(new CellRangeAddress(row, row, 0, 2));
            }
            sheet.addMergedRegion(new CellRangeAddress(row, row, motto, last));
        }
        sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW - 1, TITLE_ROW - 1, 0, last));
        for (TemplateLine line : lines) {
            if (line.role() == LineRole.INSTRUCTION) {
                sheet.addMergedRegion(new CellRangeAddress(line.row() - 1, line.row() - 1, 0, last));
                sheet.getRow(line.row() - 1).setHeightInPoints(30);
            }
        }
    }

    /** Locks everything but the input cells; no password, so an official can still unprotect. */
    private static void protect(Sheet sheet) {
        if (sheet instanceof XSSFSheet xssf) {
            xssf.lockFormatColumns(false);
            xssf.lockObjects(true);
            xssf.lockScenarios(true);
            xssf.enableLocking();
        } else if (sheet instanceof HSSFSheet hssf) {
            hssf.protectSheet("");
        } else {
            sheet.protectSheet("");
        }
    }

    /** Collects the cells of each validation rule, then adds one rule per kind. */
    private static final class Validations {
        private final CellRangeAddressList numerators = new CellRangeAddressList();
        private final CellRangeAddressList denominators = new CellRangeAddressList();
        private final CellRangeAddressList percents = new CellRangeAddressList();
        private final CellRangeAddressList counts = new CellRangeAddressList();
        private final CellRangeAddressList yesNo = new CellRangeAddressList();
        private final CellRangeAddressList dates = new CellRangeAddressList();

        void reportDate(int row) {
            dates.addCellRangeAddress(row - 1, LABEL_VALUE_COLUMN - 1, row - 1, LABEL_VALUE_COLUMN - 1);
        }

        void indicator(int row, Unit unit) {
            int r = row - 1;
            switch (unit) {
                case PERCENT -> {
                    numerators.addCellRangeAddress(r, COL_NUMERATOR - 1, r, COL_NUMERATOR - 1);
                    denominators.addCellRangeAddress(r, COL_DENOMINATOR - 1, r, COL_DENOMINATOR - 1);
                    percents.addCellRangeAddress(r, COL_VALUE - 1, r, COL_VALUE - 1);
                }
                case COUNT -> counts.addCellRangeAddress(r, COL_VALUE - 1, r, COL_VALUE - 1);
                case YES_NO -> yesNo.addCellRangeAddress(r, COL_VALUE - 1, r, COL_VALUE - 1);
            }
        }

        void addTo(Sheet sheet) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            add(sheet, helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null), numerators,
                    "Tử số phải là số không âm.");
            add(sheet, helper.createDecimalConstraint(OperatorType.GREATER_THAN, "0", null), denominators,
                    "Mẫu số phải là số lớn hơn 0.");
            add(sheet, helper.createDecimalConstraint(OperatorType.BETWEEN, "0", "100"), percents,
                    "Tỷ lệ phải là số từ 0 đến 100 (đơn vị %).");
            add(sheet, helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null), counts,
                    "Số lượng phải là số nguyên không âm.");
            add(sheet, helper.createExplicitListConstraint(YES_NO_CHOICES), yesNo,
                    "Chọn \"Có\" hoặc \"Không\".");
            add(sheet, helper.createDateConstraint(OperatorType.BETWEEN, "=DATE(2000,1,1)", "=DATE(2099,12,31)",
                    DATE_FORMAT), dates, "Nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/04/2026.");
        }

        private static void add(Sheet sheet, DataValidationConstraint constraint, CellRangeAddressList cells,
                String message) {
            if (cells.countRanges() == 0) {
                return;
            }
            DataValidation validation = sheet.getDataValidationHelper().createValidation(constraint, cells);
            validation.setShowErrorBox(true);
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox("Giá trị không hợp lệ", message);
            validation.setEmptyCellAllowed(true);
            sheet.addValidationData(validation);
        }
    }

    /** The cell styles of one workbook. */
    private static final class Styles {
        final CellStyle letterheadBold;
        final CellStyle motto;
        final CellStyle placeDate;
        final CellStyle title;
        final CellStyle label;
        final CellStyle labelValue;
        final CellStyle dateInput;
        final CellStyle header;
        final CellStyle area;
        final CellStyle centered;
        final CellStyle wrapped;
        final CellStyle closed;
        final CellStyle numberInput;
        final CellStyle textInput;
        final CellStyle noteInput;
        final CellStyle instruction;

        Styles(Workbook workbook) {
            Font bold = font(workbook, true, false, (short) 12);
            Font plain = font(workbook, false, false, (short) 12);
            Font italic = font(workbook, false, true, (short) 12);
            Font boldUnderlined = font(workbook, true, false, (short) 12);
            boldUnderlined.setUnderline(Font.U_SINGLE);
            Font titleFont = font(workbook, true, false, (short) 14);
            Font small = font(workbook, false, true, (short) 11);

            letterheadBold = style(workbook, bold, HorizontalAlignment.CENTER, false);
            motto = style(workbook, boldUnderlined, HorizontalAlignment.CENTER, false);
            placeDate = style(workbook, italic, HorizontalAlignment.CENTER, false);
            title = style(workbook, titleFont, HorizontalAlignment.CENTER, false);
            label = style(workbook, bold, HorizontalAlignment.LEFT, false);
            labelValue = style(workbook, plain, HorizontalAlignment.LEFT, false);
            dateInput = input(style(workbook, plain, HorizontalAlignment.LEFT, false));
            dateInput.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
            bordered(dateInput);
            header = bordered(style(workbook, bold, HorizontalAlignment.CENTER, true));
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            area = bordered(style(workbook, bold, HorizontalAlignment.LEFT, false));
            centered = bordered(style(workbook, plain, HorizontalAlignment.CENTER, true));
            wrapped = bordered(style(workbook, plain, HorizontalAlignment.LEFT, true));
            closed = bordered(style(workbook, plain, HorizontalAlignment.CENTER, false));
            closed.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            closed.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            numberInput = input(bordered(style(workbook, plain, HorizontalAlignment.RIGHT, false)));
            textInput = input(bordered(style(workbook, plain, HorizontalAlignment.CENTER, false)));
            noteInput = input(bordered(style(workbook, plain, HorizontalAlignment.LEFT, true)));
            instruction = style(workbook, small, HorizontalAlignment.LEFT, true);
        }

        private static Font font(Workbook workbook, boolean bold, boolean italic, short points) {
            Font font = workbook.createFont();
            font.setFontName("Times New Roman");
            font.setFontHeightInPoints(points);
            font.setBold(bold);
            font.setItalic(italic);
            return font;
        }

        private static CellStyle style(Workbook workbook, Font font, HorizontalAlignment alignment, boolean wrap) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(alignment);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(wrap);
            return style;
        }

        private static CellStyle bordered(CellStyle style) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }

        private static CellStyle input(CellStyle style) {
            style.setLocked(false);
            style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        }
    }
}
