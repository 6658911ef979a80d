package vn.cchc.rollup.read;

/** A row's cell under a {@link PeriodColumn}; null when blank. */
record PeriodCell(PeriodColumn column, LocatedCell cell) {
}
