package vn.cchc.rollup.read;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.rollup.read.ReportParserLayoutTest.keys;
import static vn.cchc.rollup.read.ReportParserLayoutTest.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.intake.ReasonCode;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.testing.GridFiles;

/** Each reason code rejects its row (or its file) and keeps the rest. */
class ReportParserRejectTest {

    private final ReportParser parser = new ReportParser(PlanLoader.builtIn());

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "csv"})
    void badRowsAreRejectedOneByOneAndTheRestKept(String type) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Mã đơn vị", "Kỳ báo cáo", "Mã chỉ tiêu", "Tử số", "Mẫu số", "Giá trị", "Ghi chú"));
        rows.add(row("SO-NOIVU", "Quý I/2026", "TTHC-05", 45, 50, null, "đúng"));              // row 2: kept
        rows.add(row("Sở Du lịch", "Quý I/2026", "TTHC-05", 1, 2, null, null));              // 3 UNKNOWN_AGENCY
        rows.add(row("SO-NOIVU", "Quý I/2026", "TTHC-99", null, null, 50, null));            // 4 UNKNOWN_INDICATOR
        rows.add(row("SO-NOIVU", "cuối kỳ", "TTHC-06", null, null, 99.5, null));            // 5 UNKNOWN_PERIOD
        rows.add(row("SO-NOIVU", "Quý I/2026", "TTHC-07", null, null, "khoảng 90", null));  // 6 BAD_VALUE
        rows.add(row("SO-NOIVU", "Quý I/2026", "CQS-02", null, null, 105, null));           // 7 OUT_OF_RANGE percent
        rows.add(row("SO-NOIVU", "Quý I/2026", "CDDH-04", null, null, -3, null));           // 8 OUT_OF_RANGE count
        rows.add(row("SO-NOIVU", "Quý I/2026", "CQS-04", 60, 50, null, null));              // 9 INCONSISTENT
        rows.add(row("SO-NOIVU", "Quý I/2026", "TCC-01", null, null, "Có", null));          // 10 kept
        rows.add(row("SO-NOIVU", "Quý I/2026", "TCBM-01", null, null, "chắc có", null));    // 11 BAD_VALUE yes/no
        rows.add(row("SO-NOIVU", "Quý I/2026", "CDDH-03", null, null, 1.5, null));          // 12 BAD_VALUE fractional count
        String name = "loi." + type;
        ParsedReport report = parser.parse(GridFiles.write(dir.resolve(name), "Số liệu", rows), name);

        assertThat(keys(report.facts())).containsExactly(
                "SO-NOIVU|2026-Q1|TCC-01|||1", "SO-NOIVU|2026-Q1|TTHC-05|45|50|90");
        assertThat(report.rejects()).extracting(Reject::reason).containsExactly(
                ReasonCode.UNKNOWN_AGENCY, ReasonCode.UNKNOWN_INDICATOR, ReasonCode.UNKNOWN_PERIOD,
                ReasonCode.BAD_VALUE, ReasonCode.OUT_OF_RANGE, ReasonCode.OUT_OF_RANGE,
                ReasonCode.INCONSISTENT, ReasonCode.BAD_VALUE, ReasonCode.BAD_VALUE);
        assertThat(report.rejects()).allSatisfy(r -> assertThat(r.source().file()).isEqualTo(name));
        String agencyCell = type.equals("csv") ? "dòng 3, cột A" : "Số liệu!A3";
        assertThat(report.rejects().get(0).source().location()).isEqualTo(agencyCell);
        assertThat(report.rejects().get(0).message()).contains("Sở Du lịch");
        String numeratorCell = type.equals("csv") ? "dòng 9, cột D" : "Số liệu!D9";
        assertThat(report.rejects().get(6).source().location()).isEqualTo(numeratorCell);
        assertThat(report.rejects().get(6).message()).isEqualTo("Tử số (60) lớn hơn mẫu số (50)");
    }

    @Test
    void aTruncatedWorkbookIsUnreadable() throws Exception {
        Path good = GridFiles.write(dir.resolve("good.xlsx"), "S", List.of(row("Mã đơn vị", "Mã chỉ tiêu", "Giá trị")));
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("hong.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ParsedReport report = parser.parse(truncated, "hong.xlsx");
        assertThat(report.rejectedWhole()).isTrue();
        assertThat(report.rejects()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(ReasonCode.UNREADABLE_FILE);
            assertThat(r.source().file()).isEqualTo("hong.xlsx");
        });
    }

    @Test
    void aFileNamedDocxThatIsNoWordDocumentIsUnreadable() throws Exception {
        Path doc = Files.writeString(dir.resolve("cong-van.docx"), "PK not really a word file");
        assertThat(parser.parse(doc, "cong-van.docx").rejects()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(ReasonCode.UNREADABLE_FILE);
            assertThat(r.message()).isEqualTo("Tệp Word bị hỏng hoặc không đầy đủ");
        });
    }

    @Test
    void aSpreadsheetWithoutAReportTableIsUnsupported() throws Exception {
        Path list = GridFiles.write(dir.resolve("danh-sach.xlsx"), "S", List.of(row("Họ tên", "Chức vụ"), row("Nguyễn Văn A", "Chuyên viên")));
        assertThat(parser.parse(list, "danh-sach.xlsx").rejects()).singleElement()
                .extracting(Reject::reason).isEqualTo(ReasonCode.UNSUPPORTED_FILE);
    }
}
