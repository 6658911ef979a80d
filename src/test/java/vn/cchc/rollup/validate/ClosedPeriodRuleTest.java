package vn.cchc.rollup.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.FileVersion;
import vn.cchc.rollup.intake.SourceRef;
import vn.cchc.rollup.normalize.Period;

class ClosedPeriodRuleTest {

    private static final Instant MODIFIED = Instant.parse("2026-01-02T08:00:00Z");
    private static final Map<String, FileVersion> FILES = Map.of(
            "nam-2025.xlsx", new FileVersion("nam-2025.xlsx", LocalDate.of(2025, 12, 20), MODIFIED),
            "quy4-muon.xlsx", new FileVersion("quy4-muon.xlsx", LocalDate.of(2025, 12, 28), MODIFIED),
            "quy3.xlsx", new FileVersion("quy3.xlsx", LocalDate.of(2025, 10, 5), MODIFIED),
            "quy4-khong-ngay.xlsx", new FileVersion("quy4-khong-ngay.xlsx", null, Instant.parse("2026-02-01T08:00:00Z")),
            "tong-hop.csv", new FileVersion("tong-hop.csv", LocalDate.of(2025, 12, 30), MODIFIED));

    @Test
    void aShorterPeriodReceivedAfterTheAgencysAnnualReportIsFlagged() {
        List<Fact> facts = List.of(
                fact("SO-NOIVU", Period.year(2025), "nam-2025.xlsx", "A5"),
                fact("SO-NOIVU", Period.quarter(2025, 4), "quy4-muon.xlsx", "B7"),
                fact("SO-NOIVU", Period.quarter(2025, 3), "quy3.xlsx", "B7"),
                // a file without a report date counts as older than any dated one, as for resubmissions
                fact("SO-NOIVU", Period.half(2025, 2), "quy4-khong-ngay.xlsx", "B8"),
                // another agency has no annual report yet: its year is open
                fact("SO-TUPHAP", Period.quarter(2025, 4), "quy4-muon.xlsx", "B9"),
                // one file stating the year and a quarter together is not late for itself
                fact("SO-CONGTHUONG", Period.year(2025), "tong-hop.csv", "dòng 2, cột F"),
                fact("SO-CONGTHUONG", Period.quarter(2025, 4), "tong-hop.csv", "dòng 3, cột F"),
                // the year before is another year
                fact("SO-NOIVU", Period.quarter(2026, 1), "quy4-muon.xlsx", "B10"));

        List<Warning> warnings = ClosedPeriodRule.check(facts, FILES);

        assertThat(warnings).hasSize(1);
        Warning warning = warnings.get(0);
        assertThat(warning.rule()).isEqualTo(WarningRule.PERIOD_CLOSED);
        assertThat(warning.source()).isEqualTo(new SourceRef("quy4-muon.xlsx", "B7"));
        assertThat(warning.period()).isEqualTo(Period.quarter(2025, 4));
        assertThat(warning.message()).isEqualTo("Số liệu Quý IV/2025 của chỉ tiêu TTHC-06 nhận sau báo cáo năm 2025"
                + " của đơn vị: tệp này ngày báo cáo 28/12/2025, báo cáo năm (tệp nam-2025.xlsx) ngày báo cáo 20/12/2025."
                + " Kỳ này đã khóa sổ; kiểm tra lại kỳ báo cáo, nếu là số liệu điều chỉnh thì cập nhật cả báo cáo năm");
    }

    private static Fact fact(String agency, Period period, String file, String location) {
        return new Fact(agency, period, "TTHC-06", null, null, BigDecimal.valueOf(95), null, new SourceRef(file, location));
    }
}
