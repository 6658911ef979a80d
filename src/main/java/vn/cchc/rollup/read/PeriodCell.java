package vn.cchc.rollup.read;

/** A row's cells under a {@link PeriodColumn}: its tử số, mẫu số and giá trị, each null when blank or absent. */
record PeriodCell(PeriodColumn column, LocatedCell numerator, LocatedCell denominator, LocatedCell value) {

    boolean isBlank() {
        return numerator == null && denominator == null && value == null;
    }
}
