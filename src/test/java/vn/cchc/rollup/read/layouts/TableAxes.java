package vn.cchc.rollup.read.layouts;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of the indicator table.
 *
 * @param ratioColumns the table has tử số | mẫu số beside the value
 * @param numberingRow a row "A | B | 1 | 2 | 3 = 1/2" under the header
 * @param twinValues   a second value column under the same header, holding other figures (ambiguous)
 * @param byPeriod     with twinValues: the two value columns headed by periods, the report's own and another
 *                     ("Quý II | Quý I", "Kết quả 6 tháng đầu năm 2026 | Quý I"): the own one is read
 */
record TableAxes(HeaderWords words, Spelling spelling, HeaderDepth depth, ColumnOrder order, boolean codeColumn,
                 boolean ratioColumns, boolean numberingRow, boolean twinValues, boolean byPeriod) {

    List<Column> columns() {
        List<Column> columns = new ArrayList<>(order.columns(codeColumn, ratioColumns));
        if (twinValues) {
            // the earlier period's column comes first, as clerks lay out "Quý I | Quý II"
            columns.add(columns.indexOf(Column.VALUE) + (byPeriod ? 0 : 1), Column.SECOND_VALUE);
        }
        return columns;
    }

    HeaderBlock header() {
        return HeaderBlock.of(columns(), words, spelling, depth, numberingRow);
    }
}
