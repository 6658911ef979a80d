package vn.cchc.rollup.read.layouts;

/** Where the file says the reporting period. */
enum PeriodPlace {
    LABELLED_CELL, TITLE, SHEET_NAME, FILE_NAME,
    /** Nowhere: the file must be rejected naming the missing period. */
    NOWHERE
}
