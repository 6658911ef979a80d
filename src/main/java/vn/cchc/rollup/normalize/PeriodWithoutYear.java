package vn.cchc.rollup.normalize;

/**
 * A period written without its year ("Quý I", "9 tháng", "Tháng 3"), as file names often say it;
 * {@code index} as in {@link Period}.
 */
public record PeriodWithoutYear(PeriodKind kind, int index) {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public Period in(int year) {
        return new Period(year, kind, index);
    }

    /** Whether a period is this one in some year. */
    public boolean matches(Period period) {
        return period.kind() == kind && period.index() == index;
    }

    /** How officials write it: "Quý I", "6 tháng đầu năm", "9 tháng". */
    public String label() {
        return switch (kind) {
            case MONTH -> "Tháng " + index;
            case QUARTER -> "Quý " + ROMAN[index - 1];
            case HALF -> index == 1 ? "6 tháng đầu năm" : "6 tháng cuối năm";
            case NINE_MONTHS -> "9 tháng";
            case YEAR -> "Cả năm";
        };
    }
}
