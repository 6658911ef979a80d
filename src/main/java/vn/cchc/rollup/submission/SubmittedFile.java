package vn.cchc.rollup.submission;

import java.time.LocalDate;
import java.time.ZoneId;
import vn.cchc.rollup.intake.FileVersion;
import vn.cchc.rollup.normalize.Period;

/** A present report file that gave accepted values for an agency and period. */
public record SubmittedFile(String agencyCode, Period period, FileVersion file) {

    /** The report date the file states, else the day it was last modified. */
    public LocalDate date(ZoneId zone) {
        return file.reportDate() != null ? file.reportDate() : file.modified().atZone(zone).toLocalDate();
    }
}
