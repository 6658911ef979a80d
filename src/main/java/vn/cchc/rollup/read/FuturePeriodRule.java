package vn.cchc.rollup.read;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.ReasonCode;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.normalize.ViNumbers;

/**
 * Error rule: a value for a period that had not yet begun on the report date the file states
 * (Quý II/2026 in a report dated 05/03/2026) is rejected. A period that has begun but not ended is
 * allowed: agencies often close their quarterly figures a few weeks before the quarter ends. A
 * file without a report date is not checked, since a modification time says nothing reliable
 * about when the report was written.
 */
public final class FuturePeriodRule {

    private FuturePeriodRule() {
    }

    public static ParsedReport apply(ParsedReport report) {
        if (report.reportDate() == null || report.facts().isEmpty()) {
            return report;
        }
        List<Fact> kept = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>(report.rejects());
        for (Fact fact : report.facts()) {
            if (fact.period().start().isAfter(report.reportDate())) {
                rejects.add(new Reject(fact.source(), ReasonCode.FUTURE_PERIOD,
                        "Chỉ tiêu " + fact.indicatorCode() + ": kỳ " + fact.period().label() + " bắt đầu từ "
                                + ViNumbers.date(fact.period().start()) + ", sau ngày báo cáo "
                                + ViNumbers.date(report.reportDate())
                                + " ghi trong tệp; kiểm tra lại kỳ báo cáo hoặc ngày báo cáo"));
            } else {
                kept.add(fact);
            }
        }
        if (kept.size() == report.facts().size()) {
            return report;
        }
        return new ParsedReport(report.file(), report.layout(), report.reportDate(), kept, rejects, report.warnings());
    }
}
