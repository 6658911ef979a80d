package vn.cchc.rollup.read;

import java.time.LocalDate;
import java.util.List;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.ReasonCode;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.validate.Warning;

/**
 * What one report file gave: its accepted facts and its rejects.
 *
 * @param layout     the layout of the first table found; null when the file was rejected whole
 * @param reportDate the report date the file states (ngày báo cáo), or null
 * @param warnings   what reading noticed but accepted: places of the file disagreeing on its agency or period
 */
public record ParsedReport(String file, Layout layout, LocalDate reportDate, List<Fact> facts, List<Reject> rejects,
        List<Warning> warnings) {

    public ParsedReport {
        facts = List.copyOf(facts);
        rejects = List.copyOf(rejects);
        warnings = List.copyOf(warnings);
    }

    /** A report without warnings. */
    public ParsedReport(String file, Layout layout, LocalDate reportDate, List<Fact> facts, List<Reject> rejects) {
        this(file, layout, reportDate, facts, rejects, List.of());
    }

    public boolean rejectedWhole() {
        return layout == null;
    }

    /** The file could not be read to its end (broken, encrypted, a defect met on the way). */
    public boolean unreadable() {
        return rejectedWhole() && rejects.size() == 1 && rejects.get(0).reason() == ReasonCode.UNREADABLE_FILE;
    }
}
