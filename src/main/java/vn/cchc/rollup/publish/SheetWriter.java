package vn.cchc.rollup.publish;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.cchc.rollup.xlsx.Look;
import vn.cchc.rollup.xlsx.PageLayout;
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

        void rowHeight(int row, double points);

        void merge(int firstRow, int lastRow, int firstColumn, int lastColumn);

        void breakAfter(int row);

        void print(PageLayout layout);
    }

    /** Height of a line of 11-point text with Vietnamese diacritics above capitals, in points. */
    static final double LINE_POINTS = 15.5;
    static final double ROW_POINTS = PageLayout.ROW_POINTS;

    private final Target target;
    private final Sheet sheet;
    private final Map<Integer, Double> heights = new HashMap<>();
    private int[] widths = new int[0];

    SheetWriter(Sheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.target = new PoiTarget(sheet, styles);
    }

    SheetWriter(SmallSheet small) {
        this.sheet = null;
        this.target = new SmallTarget(small);
    }

    /** Every sheet prints: all columns on one page width, as many pages down as needed. */
    SheetWriter print(PageLayout layout) {
        target.print(layout);
        return this;
    }

    /**
     * Column widths in characters, set before the cells: a wrapped text makes its row as tall as its
     * lines need at the width of its column.
     */
    SheetWriter columns(int... characters) {
        widths = characters.clone();
        for (int column = 0; column < characters.length; column++) {
            target.columnWidth(column, characters[column]);
        }
        return this;
    }

    /** A row at least this tall, in points. */
    void rowHeight(int row, double points) {
        double height = Math.max(points, heights.getOrDefault(row, 0.0));
        heights.put(row, height);
        target.rowHeight(row, height);
    }

    /** Lines of 11-point text in a row. */
    void rowLines(int row, int lines) {
        rowHeight(row, Math.max(ROW_POINTS, lines * LINE_POINTS + 2));
    }

    void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        target.merge(firstRow, lastRow, firstColumn, lastColumn);
    }

    /** A page break after the row. */
    void breakAfter(int row) {
        target.breakAfter(row);
    }

    int width(int column) {
        return column < widths.length ? widths[column] : 9;
    }

    /** The POI sheet, for what only the summary does (merged cells, pictures, row heights). */
    Sheet sheet() {
        if (sheet == null) {
            throw new IllegalStateException("a small sheet has no POI model");
        }
        return sheet;
    }

    void text(int row, int column, String value, Look look) {
        String text = value == null ? "" : value;
        target.text(row, column, text, look);
        if (look.wrapped() && !text.isEmpty()) {
            rowLines(row, TextLines.count(text, width(column)));
        }
    }

    /** A text over merged columns {@code first}..{@code last}, as tall as its lines need at their joint width. */
    void textAcross(int row, int first, int last, String value, Look look) {
        String text = value == null ? "" : value;
        target.text(row, first, text, look);
        for (int column = first + 1; column <= last; column++) {
            target.text(row, column, "", look);
        }
        if (last > first) {
            target.merge(row, row, first, last);
        }
        if (look.wrapped() && !text.isEmpty()) {
            int width = 0;
            for (int column = first; column <= last; column++) {
                width += width(column);
            }
            rowLines(row, TextLines.count(text, width));
        }
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

    /** Auto filter over the table, header rows and the first columns frozen. */
    void finishTable(int headerRow, int lastRow, int lastColumn, int frozenColumns) {
        if (lastRow >= headerRow) {
            target.autoFilter(headerRow, Math.max(headerRow, lastRow), lastColumn);
        }
        target.freeze(frozenColumns, headerRow + 1);
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

        @Override
        public void rowHeight(int rowIndex, double points) {
            row(rowIndex).setHeightInPoints((float) points);
        }

        @Override
        public void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
        }

        @Override
        public void breakAfter(int row) {
            sheet.setRowBreak(row);
        }

        @Override
        public void print(PageLayout layout) {
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(layout.landscape());
            print.setPaperSize((short) layout.paper().code());
            print.setFitWidth((short) 1);
            print.setFitHeight((short) layout.pagesTall());
            sheet.setFitToPage(true);
            sheet.setHorizontallyCenter(true);
            sheet.setMargin(PageMargin.LEFT, PageLayout.SIDE_MARGIN);
            sheet.setMargin(PageMargin.RIGHT, PageLayout.SIDE_MARGIN);
            sheet.setMargin(PageMargin.TOP, PageLayout.TOP_MARGIN);
            sheet.setMargin(PageMargin.BOTTOM, PageLayout.TOP_MARGIN);
            sheet.setMargin(PageMargin.HEADER, PageLayout.HEADER_MARGIN);
            sheet.setMargin(PageMargin.FOOTER, PageLayout.HEADER_MARGIN);
            sheet.setDefaultRowHeightInPoints((float) ROW_POINTS);
            sheet.getHeader().setCenter(layout.title().replace("&", "&&"));
            sheet.getFooter().setLeft("In ngày &D");
            sheet.getFooter().setRight("Trang &P/&N");
            if (layout.repeatsRows()) {
                sheet.setRepeatingRows(new CellRangeAddress(layout.headerFirstRow(), layout.headerLastRow(), -1, -1));
            }
        }

        private Row row(int rowIndex) {
            Row row = sheet.getRow(rowIndex);
            return row == null ? sheet.createRow(rowIndex) : row;
        }

        private Cell cell(int rowIndex, int column, Look look) {
            Row row = row(rowIndex);
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

        @Override
        public void rowHeight(int row, double points) {
            sheet.rowHeight(row, points);
        }

        @Override
        public void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
            sheet.merge(firstRow, lastRow, firstColumn, lastColumn);
        }

        @Override
        public void breakAfter(int row) {
            sheet.breakAfter(row);
        }

        @Override
        public void print(PageLayout layout) {
            sheet.print(layout);
        }
    }
}
