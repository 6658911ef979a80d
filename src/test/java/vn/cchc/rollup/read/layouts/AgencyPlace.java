package vn.cchc.rollup.read.layouts;

/** Where the file says which agency reports. */
enum AgencyPlace {
    LABELLED_CELL, LETTERHEAD, FILE_NAME,
    /** Nowhere: the file must be rejected naming the missing agency. */
    NOWHERE
}
