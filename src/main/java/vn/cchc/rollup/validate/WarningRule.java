package vn.cchc.rollup.validate;

/** Rules that accept a value but flag it for an analyst to confirm with the agency. */
public enum WarningRule {
    /**
     * Far from the same agency's value for the comparison period (see {@link ComparisonPeriods}):
     * a rate that moves by more than {@link ValueChangeRules#RATE_POINTS} percentage points, or a
     * count that grows or shrinks more than {@link ValueChangeRules#COUNT_FACTOR} times while the
     * larger of the two is at least {@link ValueChangeRules#COUNT_FLOOR}.
     */
    FAR_FROM_PREVIOUS("Khác nhiều so với kỳ trước"),
    /** A rate of exactly 100 % where the comparison period had under 50 %. */
    JUMP_TO_100("Tỷ lệ tăng vọt lên 100%"),
    /** A value for part of a year received after the agency's annual report for that year. */
    PERIOD_CLOSED("Báo cáo cho kỳ đã khóa sổ"),
    /** Two places of a file (a labelled cell, the letterhead, the title, the file name…) name different agencies. */
    AGENCY_DISAGREES("Tệp ghi hai đơn vị khác nhau"),
    /** Two places of a file name different periods. */
    PERIOD_DISAGREES("Tệp ghi hai kỳ báo cáo khác nhau"),
    /** A column of rates typed as fractions ("0,92"), read as percents (see read.FractionColumns). */
    FRACTION_AS_PERCENT("Tỷ lệ ghi dạng số thập phân");

    private final String label;

    WarningRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
