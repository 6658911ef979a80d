package vn.cchc.rollup.normalize;

/** The kinds of reporting period, with their length in months. */
public enum PeriodKind {
    MONTH(1), QUARTER(3), HALF(6), NINE_MONTHS(9), YEAR(12);

    private final int months;

    PeriodKind(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
