package vn.cchc.rollup.task;

/** How a task stands at the end of a period. */
public enum TaskOutcome {
    DONE_ON_TIME("Hoàn thành đúng hạn"),
    DONE_LATE("Hoàn thành chậm"),
    OVERDUE("Quá hạn, chưa hoàn thành"),
    NOT_YET_DUE("Chưa đến hạn"),
    RECURRING_REPORTED("Thường xuyên – có báo cáo"),
    RECURRING_NOT_REPORTED("Thường xuyên – chưa báo cáo"),
    /** No date to be late against: "Theo kế hoạch của UBND tỉnh", or unreadable. */
    NO_FIXED_DATE("Chưa hoàn thành – không có thời hạn cố định");

    private final String label;

    TaskOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Counts as done on time in CDDH-02. */
    public boolean onTime() {
        return this == DONE_ON_TIME || this == RECURRING_REPORTED;
    }
}
