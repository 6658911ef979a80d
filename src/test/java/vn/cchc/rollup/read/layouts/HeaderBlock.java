package vn.cchc.rollup.read.layouts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The header rows of the indicator table and their merges, rows counted from the table's top. */
record HeaderBlock(List<List<Cell>> rows, List<Merge> merges) {

    static HeaderBlock of(List<Column> columns, HeaderWords words, Spelling spelling, HeaderDepth depth,
                          boolean numberingRow) {
        int depthRows = depth.rows();
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r < depthRows; r++) {
            rows.add(new ArrayList<>(Collections.nCopies(columns.size(), Cell.EMPTY)));
        }
        List<Merge> merges = new ArrayList<>();
        int groupFirst = columns.indexOf(firstOfGroup(columns));
        int groupLast = groupFirst;
        while (groupLast + 1 < columns.size() && columns.get(groupLast + 1).inResultGroup()) {
            groupLast++;
        }
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            boolean grouped = depthRows > 1 && c >= groupFirst && c <= groupLast && groupFirst >= 0;
            if (!grouped) {
                rows.get(0).set(c, label(spelling.apply(labelOf(column, words))));
                if (depthRows > 1) {
                    merges.add(new Merge(0, depthRows - 1, c, c));
                }
            }
        }
        if (depthRows > 1 && groupFirst >= 0) {
            rows.get(0).set(groupFirst, label(spelling.apply(words.group())));
            if (groupLast > groupFirst) {
                merges.add(new Merge(0, 0, groupFirst, groupLast));
            }
            int last = depthRows - 1;
            for (int c = groupFirst; c <= groupLast; c++) {
                Column column = columns.get(c);
                boolean ratioPart = column == Column.NUMERATOR || column == Column.DENOMINATOR;
                if (depth == HeaderDepth.THREE && !ratioPart) {
                    rows.get(1).set(c, label(spelling.apply(labelOf(column, words))));
                    merges.add(new Merge(1, last, c, c));
                } else {
                    rows.get(last).set(c, label(spelling.apply(labelOf(column, words))));
                }
            }
            if (depth == HeaderDepth.THREE) {
                int numerator = columns.indexOf(Column.NUMERATOR);
                rows.get(1).set(numerator, label(spelling.apply("Số liệu")));
                merges.add(new Merge(1, 1, numerator, numerator + 1));
            }
        }
        if (numberingRow) {
            rows.add(numbering(columns));
        }
        return new HeaderBlock(rows, merges);
    }

    int height() {
        return rows.size();
    }

    /** "A | B | C | 1 | 2 | 3 = 1/2": the column-number row of official forms. */
    private static List<Cell> numbering(List<Column> columns) {
        List<Cell> cells = new ArrayList<>();
        char letter = 'A';
        int number = 1;
        for (Column column : columns) {
            switch (column) {
                case TARGET, NUMERATOR, DENOMINATOR, SECOND_VALUE -> cells.add(Cell.number(number++));
                case VALUE -> cells.add(columns.contains(Column.NUMERATOR)
                        ? Cell.text("%d = %d/%d".formatted(number, number - 2, number - 1))
                        : Cell.number(number));
                default -> cells.add(Cell.text(String.valueOf(letter++)));
            }
            if (column == Column.VALUE) {
                number++;
            }
        }
        return cells;
    }

    private static Column firstOfGroup(List<Column> columns) {
        return columns.stream().filter(Column::inResultGroup).findFirst().orElse(null);
    }

    private static Cell label(String text) {
        return Cell.text(text);
    }

    static String labelOf(Column column, HeaderWords words) {
        return switch (column) {
            case ROW_NUMBER -> "STT";
            case CODE -> words.code();
            case NAME -> words.name();
            case UNIT -> words.unit();
            case TARGET -> words.target();
            case NUMERATOR -> "Tử số";
            case DENOMINATOR -> "Mẫu số";
            case VALUE -> words.value();
            case NOTE -> "Ghi chú";
            case SECOND_VALUE -> words.secondValue();
        };
    }
}
