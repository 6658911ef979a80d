package vn.cchc.rollup.read;

/**
 * One value a report states, before normalization: who, when, which indicator, and the cells
 * holding tử số, mẫu số and giá trị (any may be null). Agency and period may come from the row,
 * the sheet's title rows or the file name.
 */
public record Observation(
        Located agency,
        Located period,
        Located indicator,
        LocatedCell numerator,
        LocatedCell denominator,
        LocatedCell value,
        String note,
        String location) {
}
