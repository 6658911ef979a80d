package vn.cchc.rollup.xlsx;

import java.util.Map;
import java.util.TreeMap;

/**
 * One sheet of a {@link SmallWorkbook}. Cells may be written in any order and written again (the
 * last value and look win); the sheet is kept in memory until the workbook is written, which suits
 * sheets of a few hundred rows.
 */
public final class SmallSheet {

    static final int MAX_NAME_LENGTH = 31;

    private record Cell(int look, String text, Double number) {
    }

    private record Range(int firstRow, int lastRow, int firstColumn, int lastColumn) {

        String reference(String mark) {
            return mark + columnLetters(firstColumn) + mark + (firstRow + 1)
                    + ":" + mark + columnLetters(lastColumn) + mark + (lastRow + 1);
        }
    }

    private final String name;
    private final Stylesheet stylesheet;
    private final TreeMap<Integer, TreeMap<Integer, Cell>> rows = new TreeMap<>();
    private final TreeMap<Integer, Double> widths = new TreeMap<>();
    private int frozenColumns;
    private int frozenRows;
    private Range filter;
    private boolean onePageWide;

    SmallSheet(String name, Stylesheet stylesheet) {
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH || name.matches(".*[\\[\\]:*?/\\\\].*")
                || name.startsWith("'") || name.endsWith("'")) {
            throw new IllegalArgumentException("not a valid sheet name: " + name);
        }
        this.name = name;
        this.stylesheet = stylesheet;
    }

    public String name() {
        return name;
    }

    /** A text cell; null is written as an empty text. Text is never a formula. */
    public void text(int row, int column, String value, Look look) {
        put(row, column, new Cell(stylesheet.index(look), value == null ? "" : value, null));
    }

    public void number(int row, int column, double value, Look look) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value + " at " + reference(row, column));
        }
        put(row, column, new Cell(stylesheet.index(look), null, value));
    }

    /** A cell with a look and no value (a bordered empty cell, for instance). */
    public void blank(int row, int column, Look look) {
        put(row, column, new Cell(stylesheet.index(look), null, null));
    }

    /** Width of a column, in characters of the default font. */
    public void columnWidth(int column, double characters) {
        widths.put(column, characters);
    }

    /** Keeps the first {@code columns} columns and {@code rows} rows in view when scrolling. */
    public void freeze(int columns, int rows) {
        this.frozenColumns = columns;
        this.frozenRows = rows;
    }

    /** Filter buttons on the first row of the range, over the rows below it. */
    public void autoFilter(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        filter = new Range(firstRow, lastRow, firstColumn, lastColumn);
    }

    /** Prints landscape on A4, every column on one page width, as many pages down as needed. */
    public void printOnePageWide() {
        onePageWide = true;
    }

    /** The auto filter range as an absolute reference with the sheet name, or null without a filter. */
    String filterDatabase() {
        if (filter == null) {
            return null;
        }
        return "'" + name.replace("'", "''") + "'!" + filter.reference("$");
    }

    String xml(boolean selected) {
        StringBuilder out = new StringBuilder(4096 + rows.size() * 512);
        out.append(Parts.XML_DECLARATION)
                .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"")
                .append(" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
        if (onePageWide) {
            out.append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
        }
        appendDimension(out);
        appendView(out, selected);
        out.append("<sheetFormatPr defaultRowHeight=\"15\"/>");
        appendColumns(out);
        appendRows(out);
        if (filter != null) {
            out.append("<autoFilter ref=\"").append(filter.reference("")).append("\"/>");
        }
        out.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");
        if (onePageWide) {
            out.append("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>");
        }
        out.append("</worksheet>");
        return out.toString();
    }

    private void appendDimension(StringBuilder out) {
        int lastColumn = 0;
        for (TreeMap<Integer, Cell> row : rows.values()) {
            lastColumn = Math.max(lastColumn, row.lastKey());
        }
        int lastRow = rows.isEmpty() ? 0 : rows.lastKey();
        out.append("<dimension ref=\"").append(new Range(0, lastRow, 0, lastColumn).reference("")).append("\"/>");
    }

    private void appendView(StringBuilder out, boolean selected) {
        out.append("<sheetViews><sheetView").append(selected ? " tabSelected=\"1\"" : "").append(" workbookViewId=\"0\"");
        if (frozenColumns == 0 && frozenRows == 0) {
            out.append("/></sheetViews>");
            return;
        }
        String pane = frozenRows == 0 ? "topRight" : frozenColumns == 0 ? "bottomLeft" : "bottomRight";
        out.append("><pane");
        if (frozenColumns > 0) {
            out.append(" xSplit=\"").append(frozenColumns).append('"');
        }
        if (frozenRows > 0) {
            out.append(" ySplit=\"").append(frozenRows).append('"');
        }
        out.append(" topLeftCell=\"").append(reference(frozenRows, frozenColumns)).append("\" activePane=\"")
                .append(pane).append("\" state=\"frozen\"/><selection pane=\"").append(pane).append("\"/>")
                .append("</sheetView></sheetViews>");
    }

    private void appendColumns(StringBuilder out) {
        if (widths.isEmpty()) {
            return;
        }
        out.append("<cols>");
        widths.forEach((column, width) -> out.append("<col min=\"").append(column + 1).append("\" max=\"")
                .append(column + 1).append("\" width=\"").append(width).append("\" customWidth=\"1\"/>"));
        out.append("</cols>");
    }

    private void appendRows(StringBuilder out) {
        out.append("<sheetData>");
        for (Map.Entry<Integer, TreeMap<Integer, Cell>> row : rows.entrySet()) {
            out.append("<row r=\"").append(row.getKey() + 1).append("\">");
            row.getValue().forEach((column, cell) -> appendCell(out, reference(row.getKey(), column), cell));
            out.append("</row>");
        }
        out.append("</sheetData>");
    }

    private static void appendCell(StringBuilder out, String reference, Cell cell) {
        out.append("<c r=\"").append(reference).append('"');
        if (cell.look() != 0) {
            out.append(" s=\"").append(cell.look()).append('"');
        }
        if (cell.text() != null) {
            String text = cell.text();
            boolean preserve = !text.isEmpty()
                    && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
            out.append(" t=\"inlineStr\"><is><t").append(preserve ? " xml:space=\"preserve\">" : ">");
            XmlText.append(out, text);
            out.append("</t></is></c>");
        } else if (cell.number() != null) {
            out.append("><v>").append(cell.number()).append("</v></c>");
        } else {
            out.append("/>");
        }
    }

    private void put(int row, int column, Cell cell) {
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("negative cell position: row " + row + ", column " + column);
        }
        rows.computeIfAbsent(row, r -> new TreeMap<>()).put(column, cell);
    }

    /** A1-style reference of a 0-based row and column. */
    static String reference(int row, int column) {
        return columnLetters(column) + (row + 1);
    }

    static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder(3);
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
