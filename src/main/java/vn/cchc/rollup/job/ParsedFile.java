package vn.cchc.rollup.job;

import vn.cchc.rollup.intake.FileFingerprint;
import vn.cchc.rollup.read.ParsedReport;

/** A file and what reading it gave. */
record ParsedFile(FileFingerprint file, ParsedReport report) {
}
