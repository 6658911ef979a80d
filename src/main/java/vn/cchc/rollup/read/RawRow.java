package vn.cchc.rollup.read;

import java.util.List;
import org.apache.poi.ss.util.CellReference;

/**
 * One row of a sheet (or of a CSV file) with its non-empty cells in column order.
 *
 * @param sheet  the sheet's name, or null for a CSV file
 * @param index  0-based row index in the sheet (for CSV: 0-based line of the record)
 * @param hidden the row is hidden in the workbook
 */
public record RawRow(String sheet, int index, boolean hidden, List<RawCell> cells) {

    public RawRow {
        cells = List.copyOf(cells);
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

    /** Where a cell is, as an analyst finds it: {@code Báo cáo!E12}, or {@code dòng 12, cột E} in a CSV. */
    public String location(int column) {
        String letters = CellReference.convertNumToColString(column);
        if (sheet == null) {
            return "dòng " + (index + 1) + ", cột " + letters;
        }
        return sheet + "!" + letters + (index + 1);
    }
}
