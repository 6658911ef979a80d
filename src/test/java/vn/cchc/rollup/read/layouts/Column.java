package vn.cchc.rollup.read.layouts;

/** What a column of the indicator table holds. */
enum Column {
    ROW_NUMBER, CODE, NAME, UNIT, TARGET, NUMERATOR, DENOMINATOR, VALUE, NOTE,
    /** A second value-like column (only in the deliberately ambiguous layout). */
    SECOND_VALUE;

    boolean inResultGroup() {
        return this == NUMERATOR || this == DENOMINATOR || this == VALUE;
    }
}
