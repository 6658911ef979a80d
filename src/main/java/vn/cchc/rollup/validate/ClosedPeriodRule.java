package vn.cchc.rollup.validate;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.FileVersion;
import vn.cchc.rollup.normalize.ViNumbers;

/**
 * Warning rule: an agency's year is closed once its annual report (kỳ "Năm") is in. A value for a
 * shorter period of that year (a quarter, 6 or 9 months, a month) coming from a file newer than
 * that annual report, by the same order that settles resubmissions ({@link FileVersion}), arrived
 * after the books were closed: it is accepted but flagged, since the annual figures may now be out
 * of step with it. Values stated in the annual report's own file are not flagged.
 */
public final class ClosedPeriodRule {

    private ClosedPeriodRule() {
    }

    /**
     * @param facts the effective facts of all periods
     * @param files the present files by relative path
     */
    public static List<Warning> check(List<Fact> facts, Map<String, FileVersion> files) {
        Map<String, FileVersion> closedBy = new HashMap<>();
        for (Fact fact : facts) {
            FileVersion file = fact.period().isAnnual() ? files.get(fact.source().file()) : null;
            if (file != null) {
                closedBy.merge(fact.agencyCode() + "|" + fact.period().year(), file,
                        (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        List<Warning> warnings = new ArrayList<>();
        if (closedBy.isEmpty()) {
            // no year closed yet (the runs of the first three quarters)
            return warnings;
        }
        for (Fact fact : facts) {
            if (fact.period().isAnnual()) {
                continue;
            }
            FileVersion annual = closedBy.get(fact.agencyCode() + "|" + fact.period().year());
            FileVersion file = files.get(fact.source().file());
            if (annual != null && file != null && file.newerThan(annual)) {
                warnings.add(new Warning(fact.source(), fact.period(), WarningRule.PERIOD_CLOSED,
                        "Số liệu " + fact.period().label() + " của chỉ tiêu " + fact.indicatorCode()
                                + " nhận sau báo cáo năm " + fact.period().year() + " của đơn vị: tệp này "
                                + dated(file) + ", báo cáo năm (tệp " + annual.path() + ") " + dated(annual)
                                + ". Kỳ này đã khóa sổ; kiểm tra lại kỳ báo cáo, nếu là số liệu điều chỉnh thì "
                                + "cập nhật cả báo cáo năm"));
            }
        }
        return warnings;
    }

    private static String dated(FileVersion file) {
        return file.reportDate() != null
                ? "ngày báo cáo " + ViNumbers.date(file.reportDate())
                : "không ghi ngày báo cáo, sửa lần cuối "
                        + ViNumbers.date(file.modified().atZone(ZoneId.systemDefault()).toLocalDate());
    }
}
