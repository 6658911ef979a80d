package vn.cchc.rollup.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A simple table to write as a workbook or CSV. Cells are String, BigDecimal, {@link Fraction},
 * {@link Formula} or null; row and column indexes are 0-based.
 */
final class Grid {

    /** A percent stored as a fraction and shown with a "0.0%" format (0.955 shown as 95.5%). */
    record Fraction(BigDecimal percent) {
    }

    /** A formula, with the value a CSV shows in its place. */
    record Formula(String excel, BigDecimal value) {
    }

    /** A merged range on one row. */
    record Merge(int row, int firstColumn, int lastColumn) {
    }

    private final List<List<Object>> rows = new ArrayList<>();
    private final Set<Integer> boldRows = new HashSet<>();
    private final List<Merge> merges = new ArrayList<>();
    private int headerRow = -1;

    int add(Object... cells) {
        rows.add(new ArrayList<>(Arrays.asList(cells)));
        return rows.size() - 1;
    }

    int add(List<Object> cells) {
        rows.add(new ArrayList<>(cells));
        return rows.size() - 1;
    }

    int addBold(Object... cells) {
        int row = add(cells);
        boldRows.add(row);
        return row;
    }

    int addHeader(List<Object> cells) {
        headerRow = add(cells);
        boldRows.add(headerRow);
        return headerRow;
    }

    void merge(int row, int firstColumn, int lastColumn) {
        merges.add(new Merge(row, firstColumn, lastColumn));
    }

    List<List<Object>> rows() {
        return rows;
    }

    boolean isBold(int row) {
        return boldRows.contains(row);
    }

    int headerRow() {
        return headerRow;
    }

    List<Merge> merges() {
        return merges;
    }

    int width() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }

    /** Sets a cell, growing the row if needed. */
    void set(int row, int column, Object value) {
        List<Object> cells = rows.get(row);
        while (cells.size() <= column) {
            cells.add(null);
        }
        cells.set(column, value);
    }
}
