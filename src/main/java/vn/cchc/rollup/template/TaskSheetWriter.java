package vn.cchc.rollup.template;

import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.task.PlanTask;
import vn.cchc.rollup.task.TaskProgress;

/**
 * The "Nhiệm vụ" sheet of the template, for an agency with a task catalogue: one row per plan task
 * with its deadline as written, and input cells for the status (a list), the completion date and
 * the evidence. The task report reader reads it back (agency and period from the title lines).
 */
public final class TaskSheetWriter {

    public static final String SHEET_NAME = "Nhiệm vụ";
    static final int HEADER_ROW = 6;
    static final String[] HEADER = {"STT", "Mã nhiệm vụ", "Tên nhiệm vụ", "Thời gian hoàn thành", "Trạng thái",
        "Ngày hoàn thành", "Minh chứng"};
    static final int STATUS_COLUMN = 4;
    static final int DATE_COLUMN = 5;
    static final int EVIDENCE_COLUMN = 6;
    private static final int[] WIDTHS = {6, 12, 60, 22, 18, 16, 40};

    private TaskSheetWriter() {
    }

    /** Adds the sheet; writes nothing when {@code tasks} is empty. */
    public static void write(Workbook workbook, Agency agency, Period period, List<PlanTask> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        Sheet sheet = workbook.createSheet(SHEET_NAME);
        CellStyle title = style(workbook, true, false, false);
        CellStyle header = style(workbook, true, true, false);
        CellStyle text = style(workbook, false, true, false);
        CellStyle input = style(workbook, false, true, true);
        CellStyle dateInput = style(workbook, false, true, true);
        dateInput.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));

        put(sheet.createRow(0), 0, "BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH", title);
        put(sheet.createRow(1), 0, agency.name().toUpperCase(java.util.Locale.ROOT), title);
        Row agencyRow = sheet.createRow(2);
        put(agencyRow, 1, "Mã đơn vị:", title);
        put(agencyRow, 2, agency.code(), text);
        Row periodRow = sheet.createRow(3);
        put(periodRow, 1, "Kỳ báo cáo:", title);
        put(periodRow, 2, period.label(), text);
        put(sheet.createRow(4), 0, "Chọn trạng thái trong danh sách; nhiệm vụ hoàn thành ghi ngày hoàn thành"
                + " (dd/mm/yyyy) và minh chứng (số, ngày văn bản).", text);

        Row headerRow = sheet.createRow(HEADER_ROW - 1);
        for (int c = 0; c < HEADER.length; c++) {
            put(headerRow, c, HEADER[c], header);
        }
        int row = HEADER_ROW;
        for (PlanTask task : tasks) {
            Row r = sheet.createRow(row++);
            r.createCell(0).setCellValue(row - HEADER_ROW);
            r.getCell(0).setCellStyle(text);
            put(r, 1, task.code(), text);
            put(r, 2, task.task(), text);
            put(r, 3, task.deadline().written(), text);
            r.createCell(STATUS_COLUMN).setCellStyle(input);
            r.createCell(DATE_COLUMN).setCellStyle(dateInput);
            r.createCell(EVIDENCE_COLUMN).setCellStyle(input);
        }
        validate(sheet, HEADER_ROW, row - 1);
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.protectSheet("");
    }

    private static void validate(Sheet sheet, int first, int last) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String[] statuses = {TaskProgress.DONE.label(), TaskProgress.IN_PROGRESS.label(), TaskProgress.NOT_STARTED.label()};
        DataValidation status = helper.createValidation(helper.createExplicitListConstraint(statuses),
                new CellRangeAddressList(first, last, STATUS_COLUMN, STATUS_COLUMN));
        status.setShowErrorBox(true);
        status.createErrorBox("Trạng thái", "Chọn: Hoàn thành, Đang thực hiện hoặc Chưa thực hiện.");
        sheet.addValidationData(status);
        DataValidationConstraint dates = helper.createDateConstraint(OperatorType.BETWEEN,
                "DATE(2000,1,1)", "DATE(2100,12,31)", "dd/mm/yyyy");
        DataValidation date = helper.createValidation(dates, new CellRangeAddressList(first, last, DATE_COLUMN, DATE_COLUMN));
        date.setShowErrorBox(true);
        date.createErrorBox("Ngày hoàn thành", "Nhập ngày dạng dd/mm/yyyy.");
        sheet.addValidationData(date);
    }

    private static void put(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static CellStyle style(Workbook workbook, boolean bold, boolean bordered, boolean input) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setFontName("Times New Roman");
        font.setBold(bold);
        style.setFont(font);
        style.setWrapText(bordered);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        if (input) {
            style.setLocked(false);
            style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }
}
