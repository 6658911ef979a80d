package vn.cchc.rollup.submission;

/** Whether an agency's report for a period came in, and in time. */
public enum SubmissionState {
    ON_TIME("Đúng hạn"),
    LATE("Chậm"),
    MISSING("Chưa báo cáo");

    private final String label;

    SubmissionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
