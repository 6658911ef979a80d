package vn.cchc.rollup.publish;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.cchc.rollup.xlsx.Look;
import vn.cchc.rollup.xlsx.SmallSheet;

/**
 * Writes cells of one sheet, either of a POI workbook (the summary) or of a {@link SmallSheet} (the
 * scorecards). Text always goes in as a string cell, never as a formula, so input such as
 * "=HYPERLINK(...)" stays inert when the workbook is opened.
 */
final class SheetWriter {

    /** The few things a sheet writer asks of a sheet. */
    private interface Target {
        void text(int row, int column, String value, Look look);

        /** A number, or an empty cell with the look when there is none. */
        void number(int row, int column, Double value, Look look);

        void autoFilter(int firstRow, int lastRow, int lastColumn);

        void freeze(int columns, int rows);

        void columnWidth(int column, int characters);
    }

    private final Target target;
    private final Sheet sheet;

    /** Officials print these sheets: landscape A4, all columns on one page width. */
    SheetWriter(Sheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.target = new PoiTarget(sheet, styles);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    SheetWriter(SmallSheet small) {
        this.sheet = null;
        this.target = new SmallTarget(small);
        small.printOnePageWide();
    }

    /** The POI sheet, for what only the summary does (merged cells, pictures, row heights). */
    Sheet sheet() {
        if (sheet == null) {
            throw new IllegalStateException("a small sheet has no POI model");
        }
        return sheet;
    }

    void text(int row, int column, String value, Look look) {
        target.text(row, column, value == null ? "" : value, look);
    }

    void text(int row, int column, String value) {
        text(row, column, value, Looks.TEXT);
    }

    /** A number, or an empty bordered cell when there is none. */
    void number(int row, int column, BigDecimal value, Look look) {
        target.number(row, column, value == null ? null : value.doubleValue(), look);
    }

    void number(int row, int column, long value, Look look) {
        target.number(row, column, (double) value, look);
    }

    void header(int row, String... titles) {
        for (int column = 0; column < titles.length; column++) {
            text(row, column, titles[column], Looks.HEADER);
        }
    }

    /** Auto filter over the table, header rows and the first columns frozen, fixed widths (in characters). */
    void finishTable(int headerRow, int lastRow, int lastColumn, int frozenColumns, int... widths) {
        if (lastRow >= headerRow) {
            target.autoFilter(headerRow, Math.max(headerRow, lastRow), lastColumn);
        }
        target.freeze(frozenColumns, headerRow + 1);
        for (int column = 0; column < widths.length; column++) {
            target.columnWidth(column, widths[column]);
        }
    }

    private record PoiTarget(Sheet sheet, WorkbookStyles styles) implements Target {

        @Override
        public void text(int row, int column, String value, Look look) {
            cell(row, column, look).setCellValue(value);
        }

        @Override
        public void number(int row, int column, Double value, Look look) {
            Cell cell = cell(row, column, look);
            if (value != null) {
                cell.setCellValue(value);
            }
        }

        @Override
        public void autoFilter(int firstRow, int lastRow, int lastColumn) {
            sheet.setAutoFilter(new CellRangeAddress(firstRow, lastRow, 0, lastColumn));
        }

        @Override
        public void freeze(int columns, int rows) {
            sheet.createFreezePane(columns, rows);
        }

        @Override
        public void columnWidth(int column, int characters) {
            sheet.setColumnWidth(column, characters * 256);
        }

        private Cell cell(int rowIndex, int column, Look look) {
            Row row = sheet.getRow(rowIndex);
            if (row == null) {
                row = sheet.createRow(rowIndex);
            }
            Cell cell = row.getCell(column);
            if (cell == null) {
                cell = row.createCell(column);
            }
            cell.setCellStyle(styles.style(look));
            return cell;
        }
    }

    private record SmallTarget(SmallSheet sheet) implements Target {

        @Override
        public void text(int row, int column, String value, Look look) {
            sheet.text(row, column, value, look);
        }

        @Override
        public void number(int row, int column, Double value, Look look) {
            if (value == null) {
                sheet.blank(row, column, look);
            } else {
                sheet.number(row, column, value, look);
            }
        }

        @Override
        public void autoFilter(int firstRow, int lastRow, int lastColumn) {
            sheet.autoFilter(firstRow, lastRow, 0, lastColumn);
        }

        @Override
        public void freeze(int columns, int rows) {
            sheet.freeze(columns, rows);
        }

        @Override
        public void columnWidth(int column, int characters) {
            sheet.columnWidth(column, characters);
        }
    }
}
