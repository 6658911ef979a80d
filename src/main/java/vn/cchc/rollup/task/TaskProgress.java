package vn.cchc.rollup.task;

import java.util.Optional;
import vn.cchc.rollup.normalize.VietText;

/** What an agency reports about a task. */
public enum TaskProgress {
    DONE("Hoàn thành"),
    IN_PROGRESS("Đang thực hiện"),
    NOT_STARTED("Chưa thực hiện");

    private final String label;

    TaskProgress(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "Hoàn thành", "đã hoàn thành", "HOAN THANH", "Đang triển khai", "chưa thực hiện"... */
    public static Optional<TaskProgress> read(String text) {
        String key = VietText.key(text);
        if (key.startsWith("chua")) {
            return Optional.of(NOT_STARTED);
        }
        if (key.startsWith("dang")) {
            return Optional.of(IN_PROGRESS);
        }
        if (key.matches("(da )?hoan thanh.*|xong")) {
            return Optional.of(DONE);
        }
        return Optional.empty();
    }
}
