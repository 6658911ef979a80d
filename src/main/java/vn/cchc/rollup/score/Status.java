package vn.cchc.rollup.score;

/** The outcome of one agency × indicator × period. */
public enum Status {
    MET("Đạt"),
    NOT_MET("Không đạt"),
    MISSING("Chưa báo cáo"),
    /** A YEAR indicator before the annual report: the value is shown, not judged. */
    NOT_DUE("Chưa đến kỳ đánh giá");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
