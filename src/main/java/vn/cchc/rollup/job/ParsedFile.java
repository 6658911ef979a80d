package vn.cchc.rollup.job;

import vn.cchc.rollup.intake.FileFingerprint;
import java.util.List;
import vn.cchc.rollup.read.ParsedReport;
import vn.cchc.rollup.task.TaskReport;

/** A file and what reading it gave: indicator values and task reports. */
record ParsedFile(FileFingerprint file, ParsedReport report, List<TaskReport> taskReports) {
}
