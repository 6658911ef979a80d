package vn.cchc.rollup.job;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.rollup.intake.FileFingerprint;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.read.ParsedReport;
import vn.cchc.rollup.task.TaskReportFile;

/**
 * Joins what the indicator parser and the task report reader found in one file. A file holding
 * only task reports has no indicator table: that is not a reason to reject it whole. A file that
 * could not be read to its end gives no task reports either, as it gives no values.
 */
final class TaskReportMerge {

    private TaskReportMerge() {
    }

    static ParsedFile merge(FileFingerprint file, ParsedReport report, TaskReportFile tasks) {
        if (!tasks.found() || report.unreadable()) {
            return new ParsedFile(file, report, List.of());
        }
        List<Reject> rejects = new ArrayList<>(report.rejectedWhole() ? List.of() : report.rejects());
        rejects.addAll(tasks.rejects());
        ParsedReport merged = new ParsedReport(report.file(), report.layout(), report.reportDate(), report.facts(), rejects,
                report.warnings());
        return new ParsedFile(file, merged, tasks.reports());
    }
}
