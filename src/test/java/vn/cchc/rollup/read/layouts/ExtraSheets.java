package vn.cchc.rollup.read.layouts;

/** Unrelated sheets beside the report sheet (a narrative, an empty "Sheet2"). */
enum ExtraSheets {
    NONE, AFTER, BEFORE
}
