package vn.cchc.rollup.publish;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes cells of one sheet. Text always goes in as a string cell, never as a formula, so input
 * such as "=HYPERLINK(...)" stays inert when the workbook is opened.
 */
final class SheetWriter {

    private final Sheet sheet;
    private final WorkbookStyles styles;

    SheetWriter(Sheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
        printOnePageWide(sheet);
    }

    /** Officials print these sheets: landscape A4, all columns on one page width, header rows repeated. */
    private static void printOnePageWide(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    Sheet sheet() {
        return sheet;
    }

    WorkbookStyles styles() {
        return styles;
    }

    Cell text(int row, int column, String value, CellStyle style) {
        Cell cell = cell(row, column, style);
        cell.setCellValue(value == null ? "" : value);
        return cell;
    }

    Cell text(int row, int column, String value) {
        return text(row, column, value, styles.text());
    }

    /** A number, or an empty bordered cell when there is none. */
    Cell number(int row, int column, BigDecimal value, CellStyle style) {
        Cell cell = cell(row, column, style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        return cell;
    }

    Cell number(int row, int column, long value, CellStyle style) {
        Cell cell = cell(row, column, style);
        cell.setCellValue(value);
        return cell;
    }

    void header(int row, String... titles) {
        for (int column = 0; column < titles.length; column++) {
            text(row, column, titles[column], styles.header());
        }
    }

    /** Auto filter over the table, header rows and the first columns frozen, fixed widths (in characters). */
    void finishTable(int headerRow, int lastRow, int lastColumn, int frozenColumns, int... widths) {
        if (lastRow >= headerRow) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, lastColumn));
        }
        sheet.createFreezePane(frozenColumns, headerRow + 1);
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, widths[column] * 256);
        }
    }

    private Cell cell(int rowIndex, int column, CellStyle style) {
        Row row = sheet.getRow(rowIndex);
        if (row == null) {
            row = sheet.createRow(rowIndex);
        }
        Cell cell = row.getCell(column);
        if (cell == null) {
            cell = row.createCell(column);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }
}
