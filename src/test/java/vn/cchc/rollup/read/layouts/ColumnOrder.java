package vn.cchc.rollup.read.layouts;

import java.util.ArrayList;
import java.util.List;

/** Orders of the indicator table's columns seen in agencies' files; the result group stays together. */
enum ColumnOrder {
    /** STT | Mã | Chỉ tiêu | ĐVT | Kế hoạch | Kết quả | Ghi chú */
    STANDARD(Column.ROW_NUMBER, Column.CODE, Column.NAME, Column.UNIT, Column.TARGET, Column.VALUE, Column.NOTE),
    /** STT | Chỉ tiêu | Mã | Kế hoạch | ĐVT | Kết quả | Ghi chú */
    CODE_AFTER_NAME(Column.ROW_NUMBER, Column.NAME, Column.CODE, Column.TARGET, Column.UNIT, Column.VALUE, Column.NOTE),
    /** STT | Mã | Chỉ tiêu | ĐVT | Kết quả | Kế hoạch | Ghi chú: the target is the last number. */
    TARGET_AFTER_RESULT(Column.ROW_NUMBER, Column.CODE, Column.NAME, Column.UNIT, Column.VALUE, Column.TARGET, Column.NOTE),
    /** Mã | Chỉ tiêu | Kế hoạch | Kết quả | ĐVT: no row number, no note. */
    BARE(Column.CODE, Column.NAME, Column.TARGET, Column.VALUE, Column.UNIT);

    private final List<Column> slots;

    ColumnOrder(Column... slots) {
        this.slots = List.of(slots);
    }

    /** The columns, the result slot expanded to tử số | mẫu số | giá trị when the table has them. */
    List<Column> columns(boolean codeColumn, boolean ratioColumns) {
        List<Column> columns = new ArrayList<>();
        for (Column slot : slots) {
            if (slot == Column.CODE && !codeColumn) {
                continue;
            }
            if (slot == Column.VALUE && ratioColumns) {
                columns.add(Column.NUMERATOR);
                columns.add(Column.DENOMINATOR);
            }
            columns.add(slot);
        }
        return columns;
    }
}
