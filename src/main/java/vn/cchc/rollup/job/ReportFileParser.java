package vn.cchc.rollup.job;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.intake.FileFingerprint;
import vn.cchc.rollup.intake.ReportFolder;
import vn.cchc.rollup.read.ParsedReport;
import vn.cchc.rollup.read.ReportParser;
import vn.cchc.rollup.task.TaskReportReader;

/**
 * Reads one report file, in one pass, into facts, task reports and rejects; never fails on a bad
 * file, which becomes a reject. Called on the read threads ({@link ParsedFileReader}).
 */
class ReportFileParser {

    private static final Logger log = LoggerFactory.getLogger(ReportFileParser.class);

    private final ReportFolder folder;
    private final ReportParser parser;
    private final TaskReportReader tasks;

    ReportFileParser(ReportFolder folder, Plan plan) {
        this.folder = folder;
        this.parser = new ReportParser(plan);
        this.tasks = new TaskReportReader(plan);
    }

    ParsedFile parse(FileFingerprint file) {
        log.debug("Reading {}", file.relative());
        Path path = folder.resolve(file.relative());
        TaskReportReader.Visitor taskRows = tasks.visitor(file.relative());
        ParsedReport report = parser.parse(path, file.relative(), taskRows);
        return TaskReportMerge.merge(file, report, taskRows.result());
    }
}
