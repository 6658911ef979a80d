package vn.cchc.rollup.read;

import java.util.List;
import org.apache.poi.ss.util.CellReference;

/**
 * One row of a sheet (or of a CSV file, or of a Word document) with its non-empty cells in column order.
 *
 * @param sheet      the sheet's name, or null for a CSV file; for a Word document the table read ("bảng 2")
 * @param index      0-based row index in the sheet (for CSV: 0-based line of the record; for a Word
 *                   table its row; for a Word paragraph its number in the document body)
 * @param hidden     the row is hidden in the workbook
 * @param addressing how {@link #location} names a cell of this row
 */
public record RawRow(String sheet, int index, boolean hidden, List<RawCell> cells, Addressing addressing) {

    /** How an analyst finds a cell: spreadsheets by column letter, Word documents by table, row and column number. */
    public enum Addressing {
        /** {@code Báo cáo!E12}, or {@code dòng 12, cột E} in a CSV file. */
        SHEET,
        /** {@code bảng 2, dòng 5, cột 6}: a cell of a Word table. */
        WORD_TABLE,
        /** {@code đoạn 7}: a paragraph of a Word document, outside the tables. */
        WORD_TEXT
    }

    public RawRow {
        cells = List.copyOf(cells);
    }

    public RawRow(String sheet, int index, boolean hidden, List<RawCell> cells) {
        this(sheet, index, hidden, cells, Addressing.SHEET);
    }

    /** The same row holding other cells. */
    public RawRow withCells(List<RawCell> newCells) {
        return new RawRow(sheet, index, hidden, newCells, addressing);
    }

    /** The cell at a 0-based column, or null when it is empty. */
    public RawCell cell(int column) {
        for (RawCell cell : cells) {
            if (cell.column() == column) {
                return cell;
            }
        }
        return null;
    }

    /** The text at a 0-based column, "" when empty. */
    public String text(int column) {
        RawCell cell = cell(column);
        return cell == null ? "" : cell.text();
    }

    public boolean isEmpty() {
        return cells.stream().allMatch(c -> c.text() == null || c.text().isBlank());
    }

    /** Where a cell is, as an analyst finds it: {@code Báo cáo!E12}, {@code dòng 12, cột E} in a CSV, {@code bảng 2, dòng 5, cột 6} in Word. */
    public String location(int column) {
        if (addressing == Addressing.WORD_TABLE) {
            return sheet + ", dòng " + (index + 1) + ", cột " + (column + 1);
        }
        if (addressing == Addressing.WORD_TEXT) {
            return "đoạn " + (index + 1);
        }
        String letters = CellReference.convertNumToColString(column);
        if (sheet == null) {
            return "dòng " + (index + 1) + ", cột " + letters;
        }
        return sheet + "!" + letters + (index + 1);
    }
}
