package vn.cchc.rollup.read.layouts;

/** How many rows the table header takes. */
enum HeaderDepth {
    /** One row: every column labelled on its own. */
    ONE,
    /** The result group label merged over its sub-columns; other labels merged down two rows. */
    TWO,
    /** As TWO, with "Số liệu" merged over tử số | mẫu số on a middle row (needs the ratio columns). */
    THREE;

    int rows() {
        return ordinal() + 1;
    }
}
