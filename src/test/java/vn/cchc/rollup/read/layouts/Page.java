package vn.cchc.rollup.read.layouts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One sheet to write: its name, its rows of cells, its merged blocks and hidden columns. */
record Page(String name, List<List<Cell>> rows, List<Merge> merges, Set<Integer> hiddenColumns) {

    Page {
        rows = rows.stream().map(List::copyOf).toList();
        merges = List.copyOf(merges);
        hiddenColumns = Set.copyOf(hiddenColumns);
    }

    Cell cell(int row, int col) {
        if (row >= rows.size() || col >= rows.get(row).size()) {
            return Cell.EMPTY;
        }
        return rows.get(row).get(col);
    }

    int width() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }

    /** Builds a page row by row. */
    static final class Builder {
        private final String name;
        private final List<List<Cell>> rows = new ArrayList<>();
        private final List<Merge> merges = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        int nextRow() {
            return rows.size();
        }

        Builder row(List<Cell> cells) {
            rows.add(cells);
            return this;
        }

        Builder blank() {
            return row(List.of());
        }

        /** A row holding {@code text} alone, merged over columns 0..lastCol. */
        Builder wide(String text, int lastCol) {
            if (lastCol > 0) {
                merges.add(new Merge(rows.size(), rows.size(), 0, lastCol));
            }
            return row(List.of(Cell.text(text)));
        }

        Builder merge(Merge merge) {
            merges.add(merge);
            return this;
        }

        Page build() {
            return new Page(name, rows, merges, Set.of());
        }
    }
}
