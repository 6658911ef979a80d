package vn.cchc.rollup.read.layouts;

/**
 * How the rows under the header are typed.
 *
 * @param numbersAsText  counts, tử số and mẫu số typed as text ("45")
 * @param targetAsNumber the target typed as a bare number (80) rather than "≥ 80%"
 */
record BodyAxes(NameStyle names, ValueNotation notation, boolean numbersAsText, boolean targetAsNumber,
                boolean areaRows, boolean totalRow, boolean signature) {
}
