package vn.cchc.rollup.validate;

/** How a problem found in a report is handled. */
public enum Severity {
    /** The value is refused: it goes to rejects.csv and never into the scores. */
    ERROR("Lỗi – không nhận"),
    /** The value is accepted and scored, but flagged in warnings.csv for an analyst to confirm. */
    WARNING("Cảnh báo – vẫn nhận");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
