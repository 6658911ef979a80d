package vn.cchc.rollup.read;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of a Word document laid on its grid, as a spreadsheet would hold it: a cell merged over
 * several columns ({@code gridSpan}) stands in its first column, a cell merged down
 * ({@code vMerge}) in its first row, the cells it covers are empty.
 *
 * @param name  how the analyst finds it: "bảng 2" (the second table of the document), "bảng 2.1"
 *              (the first table nested in it)
 * @param rows  the table's rows in order, each with its non-empty cells
 */
record WordTable(String name, List<List<Cell>> rows) {

    /** A non-empty cell: its grid column (0-based), its paragraphs, the font its text names, if any. */
    record Cell(int column, List<String> paragraphs, String font) {

        Cell {
            paragraphs = List.copyOf(paragraphs);
        }

        /** The cell's text, its paragraphs on separate lines as in the cell. */
        String text() {
            return String.join("\n", paragraphs);
        }
    }

    WordTable {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The number of grid columns the table uses. */
    int width() {
        int width = 0;
        for (List<Cell> row : rows) {
            for (Cell cell : row) {
                width = Math.max(width, cell.column() + 1);
            }
        }
        return width;
    }

    /** Builds a table row by row, cell by cell, as a reader meets them. */
    static final class Builder {
        private final String name;
        private final List<List<Cell>> rows = new ArrayList<>();
        private List<Cell> row;
        private int column;
        private int nested;

        Builder(String name) {
            this.name = name;
        }

        /** The name of the next table nested in this one. */
        String nextNestedName() {
            return name + "." + (++nested);
        }

        void startRow() {
            row = new ArrayList<>();
            column = 0;
        }

        /** Grid columns left empty before the row's first cell ({@code gridBefore}). */
        void skipColumns(int count) {
            column += Math.max(0, count);
        }

        /** A cell spanning {@code span} grid columns; a cell continuing a vertical merge gives no text. */
        void cell(List<String> paragraphs, String font, int span, boolean mergedFromAbove) {
            if (row == null) {
                startRow();
            }
            boolean blank = paragraphs.stream().allMatch(String::isBlank);
            if (!mergedFromAbove && !blank) {
                row.add(new Cell(column, paragraphs, font));
            }
            column += Math.max(1, span);
        }

        /** A cell placed by its own column, for readers that know where each cell starts. */
        void cellAt(int gridColumn, List<String> paragraphs, String font) {
            if (row == null) {
                startRow();
            }
            if (!paragraphs.stream().allMatch(String::isBlank)) {
                row.add(new Cell(gridColumn, paragraphs, font));
            }
        }

        void endRow() {
            if (row != null) {
                rows.add(row);
            }
            row = null;
        }

        WordTable build() {
            endRow();
            return new WordTable(name, rows);
        }
    }
}
