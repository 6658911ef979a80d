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
    private final TreeMap<Integer, Double> heights = new TreeMap<>();
    private final java.util.TreeSet<Integer> rowBreaks = new java.util.TreeSet<>();
    private final java.util.List<Range> merges = new java.util.ArrayList<>();
    private Range filter;
    private PageLayout layout;
    private boolean hidden;

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

    /** Height of a row, in points. */
    /**
     * Hides the sheet's tab: a hidden sheet is neither shown nor printed (Excel and LibreOffice);
     * a reader brings it back with "Unhide" on the tabs. The first sheet must stay visible.
     */
    public void hide() {
        hidden = true;
    }

    boolean hidden() {
        return hidden;
    }

    public void rowHeight(int row, double points) {
        heights.put(row, points);
    }

    /** A page break after the row. */
    public void breakAfter(int row) {
        rowBreaks.add(row);
    }

    /** One cell over the range; its value and look are those of the top left cell. */
    public void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        merges.add(new Range(firstRow, lastRow, firstColumn, lastColumn));
    }

    /** How the sheet prints: every column on one page width, as many pages down as needed. */
    public void print(PageLayout pageLayout) {
        this.layout = pageLayout;
    }

    /** The rows repeated on every printed page as an absolute reference with the sheet name, or null. */
    String printTitles() {
        if (layout == null || !layout.repeatsRows()) {
            return null;
        }
        return quotedName() + "!$" + (layout.headerFirstRow() + 1) + ":$" + (layout.headerLastRow() + 1);
    }

    private String quotedName() {
        return "'" + name.replace("'", "''") + "'";
    }

    /** The auto filter range as an absolute reference with the sheet name, or null without a filter. */
    String filterDatabase() {
        if (filter == null) {
            return null;
        }
        return quotedName() + "!" + filter.reference("$");
    }

    String xml(boolean selected) {
        StringBuilder out = new StringBuilder(4096 + rows.size() * 512);
        out.append(Parts.XML_DECLARATION)
                .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"")
                .append(" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
        if (layout != null) {
            out.append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
        }
        appendDimension(out);
        appendView(out, selected);
        out.append(layout == null ? "<sheetFormatPr defaultRowHeight=\"15\"/>"
                : "<sheetFormatPr defaultRowHeight=\"" + PageLayout.ROW_POINTS + "\" customHeight=\"1\"/>");
        appendColumns(out);
        appendRows(out);
        if (filter != null) {
            out.append("<autoFilter ref=\"").append(filter.reference("")).append("\"/>");
        }
        if (!merges.isEmpty()) {
            out.append("<mergeCells count=\"").append(merges.size()).append("\">");
            merges.forEach(range -> out.append("<mergeCell ref=\"").append(range.reference("")).append("\"/>"));
            out.append("</mergeCells>");
        }
        if (layout == null) {
            out.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");
        } else {
            appendPrint(out);
        }
        out.append("</worksheet>");
        return out.toString();
    }

    private void appendPrint(StringBuilder out) {
        out.append("<printOptions horizontalCentered=\"1\"/>")
                .append("<pageMargins left=\"").append(PageLayout.SIDE_MARGIN).append("\" right=\"").append(PageLayout.SIDE_MARGIN)
                .append("\" top=\"").append(PageLayout.TOP_MARGIN).append("\" bottom=\"").append(PageLayout.TOP_MARGIN)
                .append("\" header=\"").append(PageLayout.HEADER_MARGIN).append("\" footer=\"").append(PageLayout.HEADER_MARGIN)
                .append("\"/>")
                .append("<pageSetup paperSize=\"").append(layout.paper().code()).append("\" orientation=\"")
                .append(layout.landscape() ? "landscape" : "portrait").append("\" fitToWidth=\"1\" fitToHeight=\"")
                .append(layout.pagesTall()).append("\"/>")
                .append("<headerFooter><oddHeader>");
        XmlText.append(out, layout.header());
        out.append("</oddHeader><oddFooter>");
        XmlText.append(out, layout.footer());
        out.append("</oddFooter></headerFooter>");
        if (!rowBreaks.isEmpty()) {
            out.append("<rowBreaks count=\"").append(rowBreaks.size()).append("\" manualBreakCount=\"")
                    .append(rowBreaks.size()).append("\">");
            rowBreaks.forEach(row -> out.append("<brk id=\"").append(row + 1).append("\" max=\"16383\" man=\"1\"/>"));
            out.append("</rowBreaks>");
        }
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
            out.append("<row r=\"").append(row.getKey() + 1).append('"');
            Double height = heights.get(row.getKey());
            if (height != null) {
                out.append(" ht=\"").append(height).append("\" customHeight=\"1\"");
            }
            out.append('>');
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
