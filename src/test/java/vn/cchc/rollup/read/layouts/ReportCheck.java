package vn.cchc.rollup.read.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import vn.cchc.rollup.intake.ReasonCode;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.normalize.VietText;
import vn.cchc.rollup.read.ParsedReport;

/** Asserts that a parsed report gives exactly the expected facts, or is rejected naming what is missing. */
final class ReportCheck {

    private ReportCheck() {
    }

    static void verify(GeneratedReport report, ParsedReport parsed) {
        LayoutCase layout = report.layout();
        String where = layout + " file " + report.relative() + " rejects "
                + parsed.rejects().stream().limit(3).toList() + (parsed.rejects().size() > 3 ? " …" : "");
        if (layout.agencyPlace() == AgencyPlace.NOWHERE) {
            rejected(parsed, where, ReasonCode.UNKNOWN_AGENCY, "don vi");
        } else if (layout.periodPlace() == PeriodPlace.NOWHERE) {
            rejected(parsed, where, ReasonCode.UNKNOWN_PERIOD, "ky");
        } else if (layout.table().twinValues() && !layout.table().byPeriod()) {
            rejected(parsed, where, null, "cot");
        } else {
            List<String> actual = parsed.facts().stream().map(ExpectedFact::key).sorted().toList();
            List<String> expected = report.expected().stream().map(ExpectedFact::key).sorted().toList();
            assertThat(actual).as(where).isEqualTo(expected);
            assertThat(parsed.rejects()).as(where).isEmpty();
        }
    }

    /** No fact, and a reject (of {@code reason} when given) whose message names {@code missing}. */
    private static void rejected(ParsedReport parsed, String where, ReasonCode reason, String missing) {
        assertThat(parsed.facts()).as(where).isEmpty();
        List<Reject> naming = parsed.rejects().stream()
                .filter(r -> reason == null || r.reason() == reason)
                .filter(r -> VietText.fold(r.message()).contains(missing))
                .toList();
        assertThat(naming).as(where + ": a reject naming '" + missing + "'").isNotEmpty();
    }
}
