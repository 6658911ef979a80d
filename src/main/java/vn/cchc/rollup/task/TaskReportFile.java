package vn.cchc.rollup.task;

import java.util.List;
import vn.cchc.rollup.intake.Reject;

/** The task reports one file gave, and its task rows that could not be read. */
public record TaskReportFile(List<TaskReport> reports, List<Reject> rejects) {

    public static final TaskReportFile NONE = new TaskReportFile(List.of(), List.of());

    public TaskReportFile {
        reports = List.copyOf(reports);
        rejects = List.copyOf(rejects);
    }

    public boolean found() {
        return !reports.isEmpty() || !rejects.isEmpty();
    }
}
