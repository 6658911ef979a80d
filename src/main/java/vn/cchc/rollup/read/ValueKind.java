package vn.cchc.rollup.read;

import vn.cchc.rollup.catalog.Unit;
import vn.cchc.rollup.normalize.VietText;

/**
 * What a result column's heading says it holds: a rate ("Tỷ lệ (%)"), a count ("Số lượng") or any
 * value ("Kết quả", "Giá trị", "Tỷ lệ / Giá trị"). When a table has "Số lượng" and "Tỷ lệ (%)" side
 * by side, a rate indicator's value is read from the rate column and a count's from the count column.
 */
enum ValueKind {
    RATE, COUNT, ANY;

    static ValueKind of(String heading) {
        String key = VietText.key(heading);
        if (key.equals("ty le") || key.equals("ty le hoan thanh")) {
            return RATE;
        }
        if (key.equals("so luong")) {
            return COUNT;
        }
        return ANY;
    }

    /** Whether this column is the one for an indicator of {@code unit}. */
    boolean suits(Unit unit) {
        return switch (this) {
            case RATE -> unit == Unit.PERCENT;
            case COUNT -> unit == Unit.COUNT;
            case ANY -> true;
        };
    }
}
