package vn.cchc.rollup.read;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.rollup.testing.GridFiles.row;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.ReasonCode;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.testing.GridFiles;

/** Error rule: a period not yet begun on the report date rejects its rows, read from real files. */
class FuturePeriodRuleTest {

    private final ReportParser parser = new ReportParser(PlanLoader.builtIn());

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "csv"})
    void rowsForAPeriodStartingAfterTheReportDateAreRejected(String type) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Hà Tĩnh, ngày 05 tháng 3 năm 2026"));
        rows.add(row("Mã đơn vị", "Kỳ báo cáo", "Mã chỉ tiêu", "Tử số", "Mẫu số", "Giá trị"));
        rows.add(row("SO-NOIVU", "Quý I/2026", "TTHC-05", 45, 50, null));         // row 3: begun, kept
        rows.add(row("SO-NOIVU", "Quý II/2026", "TTHC-06", null, null, 99.5));    // 4: future
        rows.add(row("SO-NOIVU", "6 tháng đầu năm 2026", "CDDH-04", null, null, 7)); // 5: begun on 01/01, kept
        rows.add(row("SO-NOIVU", "Quý II/2026", "CDDH-04", null, null, 3));       // 6: future
        String name = "tuong-lai." + type;
        ParsedReport report = parser.parse(GridFiles.write(dir.resolve(name), "Báo cáo", rows), name);

        assertThat(report.reportDate()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(report.facts()).extracting(f -> f.period().code() + " " + f.indicatorCode())
                .containsExactly("2026-Q1 TTHC-05", "2026-H1 CDDH-04");
        assertThat(report.rejects()).extracting(Reject::reason)
                .containsExactly(ReasonCode.FUTURE_PERIOD, ReasonCode.FUTURE_PERIOD);
        Reject first = report.rejects().get(0);
        assertThat(first.source().file()).isEqualTo(name);
        assertThat(first.source().location()).isEqualTo(type.equals("csv") ? "dòng 4, cột F" : "Báo cáo!F4");
        assertThat(first.message()).isEqualTo("Chỉ tiêu TTHC-06: kỳ Quý II/2026 bắt đầu từ 01/04/2026, sau ngày báo cáo"
                + " 05/03/2026 ghi trong tệp; kiểm tra lại kỳ báo cáo hoặc ngày báo cáo");
    }

    @Test
    void aFileWithoutReportDateIsNotChecked() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Mã đơn vị", "Kỳ báo cáo", "Mã chỉ tiêu", "Giá trị"));
        rows.add(row("SO-NOIVU", "Quý IV/2099", "TTHC-06", 99.5));
        ParsedReport report = parser.parse(GridFiles.write(dir.resolve("khong-ngay.xlsx"), "Báo cáo", rows), "khong-ngay.xlsx");

        assertThat(report.reportDate()).isNull();
        assertThat(report.rejects()).isEmpty();
        assertThat(report.facts()).extracting(Fact::indicatorCode).containsExactly("TTHC-06");
    }
}
