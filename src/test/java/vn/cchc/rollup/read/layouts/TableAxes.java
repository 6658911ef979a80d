package vn.cchc.rollup.read.layouts;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of the indicator table.
 *
 * @param ratioColumns the table has tử số | mẫu số beside the value
 * @param numberingRow a row "A | B | 1 | 2 | 3 = 1/2" under the header
 * @param twinValues   a second value column under the same header, holding other figures (ambiguous)
 */
record TableAxes(HeaderWords words, Spelling spelling, HeaderDepth depth, ColumnOrder order, boolean codeColumn,
                 boolean ratioColumns, boolean numberingRow, boolean twinValues) {

    List<Column> columns() {
        List<Column> columns = new ArrayList<>(order.columns(codeColumn, ratioColumns));
        if (twinValues) {
            columns.add(columns.indexOf(Column.VALUE) + 1, Column.SECOND_VALUE);
        }
        return columns;
    }

    HeaderBlock header() {
        return HeaderBlock.of(columns(), words, spelling, depth, numberingRow);
    }
}
