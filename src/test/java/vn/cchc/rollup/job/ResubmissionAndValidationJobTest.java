package vn.cchc.rollup.job;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.rollup.job.ConsolidationJobTest.csv;
import static vn.cchc.rollup.testing.GridFiles.row;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.cli.Cli;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.testing.GridFiles;

/**
 * Resubmissions, error rules and warning rules through the real job and command line, read back
 * from the workbooks, rejects.csv and warnings.csv.
 */
class ResubmissionAndValidationJobTest {

    @TempDir
    Path root;
    Path input;
    Path output;
    Path data;
    Path reports;

    @BeforeEach
    void writeReports() throws Exception {
        input = root.resolve("input");
        output = root.resolve("output");
        data = root.resolve("data");
        reports = Files.createDirectories(input.resolve("reports"));
        report("2025/nam-2025.xlsx", "SO-NOIVU", "Năm 2025", "ngày 10 tháng 1 năm 2026",
                row(1, "TTHC-06", null, null, 95));
        // arrives after the annual report of 2025: both values are flagged, and both are accepted
        report("2025/quy4-2025.xlsx", "SO-NOIVU", "Quý IV/2025", "ngày 20 tháng 1 năm 2026",
                row(1, "TTHC-05", 80, 100, null), row(2, "TTHC-06", null, null, 40));
        report("2026-Q1/noi-vu-lan-1.xlsx", "SO-NOIVU", "Quý I/2026", "ngày 05 tháng 4 năm 2026",
                row(1, "TTHC-05", 45, 50, null), row(2, "TTHC-06", null, null, 99.5), row(3, "CDDH-04", null, null, 7));
        // the resubmission: TTHC-05 falls 40 points below Quý IV/2025, TTHC-06 jumps from 40 to 100
        report("2026-Q1/noi-vu-lan-2.xlsx", "SO-NOIVU", "Quý I/2026", "ngày 10 tháng 4 năm 2026",
                row(1, "TTHC-05", 20, 50, null), row(2, "TTHC-06", null, null, 100));
        report("2026-Q1/tu-phap.xlsx", "SO-TUPHAP", "Quý II/2026", "ngày 05 tháng 3 năm 2026",
                row(1, "TTHC-06", null, null, 90));
    }

    @Test
    void theLaterReportWinsItsChangesAreListedAndRulesFlagOrRejectValues() throws Exception {
        assertThat(run()).isZero();

        List<CSVRecord> facts = csv(output.resolve("2026-Q1/facts.csv")).stream()
                .filter(r -> r.get("agency_code").equals("SO-NOIVU") && !r.get("source_file").isEmpty()).toList();
        assertThat(facts).extracting(r -> r.get("indicator_code") + " " + r.get("value") + " " + r.get("source_file"))
                .containsExactlyInAnyOrder(
                        "CDDH-04 7 2026-Q1/noi-vu-lan-1.xlsx",
                        "TTHC-05 40 2026-Q1/noi-vu-lan-2.xlsx",
                        "TTHC-06 100 2026-Q1/noi-vu-lan-2.xlsx");
        assertThat(output.resolve("2026-Q2")).doesNotExist();

        assertThat(csv(output.resolve("rejects.csv"))).extracting(r -> String.join(" | ", r.values())).containsExactly(
                "2026-Q1/tu-phap.xlsx | Báo cáo!G6 | FUTURE_PERIOD | Chỉ tiêu TTHC-06: kỳ Quý II/2026 bắt đầu từ"
                        + " 01/04/2026, sau ngày báo cáo 05/03/2026 ghi trong tệp; kiểm tra lại kỳ báo cáo hoặc ngày báo cáo");

        List<CSVRecord> warnings = csv(output.resolve("warnings.csv"));
        assertThat(warnings.get(0).getParser().getHeaderNames())
                .containsExactly("source_file", "source_location", "rule_code", "message");
        assertThat(warnings).extracting(r -> r.get("source_file") + " " + r.get("source_location") + " " + r.get("rule_code"))
                .containsExactly(
                        "2025/quy4-2025.xlsx Báo cáo!E6 PERIOD_CLOSED",
                        "2025/quy4-2025.xlsx Báo cáo!G7 PERIOD_CLOSED",
                        "2026-Q1/noi-vu-lan-2.xlsx Báo cáo!E6 FAR_FROM_PREVIOUS",
                        "2026-Q1/noi-vu-lan-2.xlsx Báo cáo!G7 JUMP_TO_100",
                        // its label says Quý II/2026, its folder 2026-Q1
                        "2026-Q1/tu-phap.xlsx Báo cáo!B4 PERIOD_DISAGREES");
        assertThat(warnings.get(2).get("message")).isEqualTo("Tỷ lệ chỉ tiêu TTHC-05 giảm 40 điểm phần trăm so với"
                + " Quý IV/2025 (từ 80% xuống 40%) (kỳ trước: Quý IV/2025, tệp 2025/quy4-2025.xlsx, vị trí Báo cáo!E6):"
                + " đề nghị đơn vị xác nhận số liệu");

        try (Workbook workbook = WorkbookFactory.create(output.resolve("2026-Q1/Tong-hop-CCHC-2026-Q1.xlsx").toFile(), null, true)) {
            List<List<String>> changes = table(workbook.getSheet("Số liệu nộp lại"));
            assertThat(changes.get(0)).startsWith("Mã đơn vị", "Tên đơn vị", "Mã chỉ tiêu", "Tên chỉ tiêu", "Giá trị cũ", "Giá trị mới");
            assertThat(changes.subList(1, changes.size())).containsExactly(
                    List.of("SO-NOIVU", "Sở Nội vụ", "TTHC-05", name("TTHC-05"), "90", "40", "45/50", "20/50",
                            "2026-Q1/noi-vu-lan-1.xlsx", "Báo cáo!E6", "05/04/2026",
                            "2026-Q1/noi-vu-lan-2.xlsx", "Báo cáo!E6", "10/04/2026"),
                    List.of("SO-NOIVU", "Sở Nội vụ", "TTHC-06", name("TTHC-06"), "99.5", "100", "", "",
                            "2026-Q1/noi-vu-lan-1.xlsx", "Báo cáo!G7", "05/04/2026",
                            "2026-Q1/noi-vu-lan-2.xlsx", "Báo cáo!G7", "10/04/2026"));

            List<List<String>> quality = table(workbook.getSheet("Chất lượng dữ liệu"));
            assertThat(quality.get(0)).containsExactly("Tệp", "Vị trí", "Mã lỗi", "Lỗi", "Chi tiết", "Mức độ", "Kỳ báo cáo");
            assertThat(quality.subList(1, quality.size())).extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(2) + " " + r.get(5))
                    .containsExactly(
                            "2026-Q1/tu-phap.xlsx Báo cáo!G6 FUTURE_PERIOD Lỗi – không nhận",
                            "2026-Q1/noi-vu-lan-2.xlsx Báo cáo!E6 FAR_FROM_PREVIOUS Cảnh báo – vẫn nhận",
                            "2026-Q1/noi-vu-lan-2.xlsx Báo cáo!G7 JUMP_TO_100 Cảnh báo – vẫn nhận");
            assertThat(quality.get(3).get(3)).isEqualTo("Tỷ lệ tăng vọt lên 100%");
            assertThat(quality.get(3).get(4)).startsWith("Tỷ lệ chỉ tiêu TTHC-06 lên đúng 100% trong khi Quý IV/2025 chỉ đạt 40%");
        }
        try (Workbook workbook = WorkbookFactory.create(output.resolve("2025-Q4/Tong-hop-CCHC-2025-Q4.xlsx").toFile(), null, true)) {
            List<List<String>> quality = table(workbook.getSheet("Chất lượng dữ liệu"));
            assertThat(quality.subList(1, quality.size())).extracting(r -> r.get(2) + " " + r.get(4)).contains(
                    "PERIOD_CLOSED Số liệu Quý IV/2025 của chỉ tiêu TTHC-06 nhận sau báo cáo năm 2025 của đơn vị: tệp này"
                            + " ngày báo cáo 20/01/2026, báo cáo năm (tệp 2025/nam-2025.xlsx) ngày báo cáo 10/01/2026."
                            + " Kỳ này đã khóa sổ; kiểm tra lại kỳ báo cáo, nếu là số liệu điều chỉnh thì cập nhật cả báo cáo năm");
            assertThat(workbook.getSheet("Số liệu nộp lại")).as("nothing changed: no sheet").isNull();
        }
    }

    @Test
    void withdrawingTheResubmissionRestoresTheFirstValuesAndRecomputesWarnings() throws Exception {
        assertThat(run()).isZero();
        Files.delete(reports.resolve("2026-Q1/noi-vu-lan-2.xlsx"));
        assertThat(run()).isZero();

        assertThat(csv(output.resolve("2026-Q1/facts.csv"))).filteredOn(r -> r.get("agency_code").equals("SO-NOIVU")
                        && r.get("indicator_code").startsWith("TTHC-0") && !r.get("source_file").isEmpty())
                .extracting(r -> r.get("indicator_code") + " " + r.get("value") + " " + r.get("source_file"))
                .containsExactlyInAnyOrder("TTHC-05 90 2026-Q1/noi-vu-lan-1.xlsx", "TTHC-06 99.5 2026-Q1/noi-vu-lan-1.xlsx");
        assertThat(csv(output.resolve("warnings.csv")))
                .filteredOn(r -> r.get("source_file").startsWith("2026-Q1"))
                .extracting(r -> r.get("source_file") + " " + r.get("source_location") + " " + r.get("rule_code"))
                .containsExactly("2026-Q1/noi-vu-lan-1.xlsx Báo cáo!G7 FAR_FROM_PREVIOUS",
                        "2026-Q1/tu-phap.xlsx Báo cáo!B4 PERIOD_DISAGREES");
        try (Workbook workbook = WorkbookFactory.create(output.resolve("2026-Q1/Tong-hop-CCHC-2026-Q1.xlsx").toFile(), null, true)) {
            assertThat(workbook.getSheet("Số liệu nộp lại")).as("nothing changed: no sheet").isNull();
        }
    }

    @Test
    void aCorrectionSavedUnderTheSameNameIsListedWithTheOldValuesFromHistory() throws Exception {
        assertThat(run()).isZero();
        // the agency corrects its second report and saves it over the same file
        report("2026-Q1/noi-vu-lan-2.xlsx", "SO-NOIVU", "Quý I/2026", "ngày 12 tháng 4 năm 2026",
                row(1, "TTHC-05", 30, 50, null), row(2, "TTHC-06", null, null, 100));
        assertThat(run()).isZero();

        assertThat(csv(output.resolve("2026-Q1/facts.csv"))).filteredOn(r -> r.get("agency_code").equals("SO-NOIVU")
                        && r.get("indicator_code").equals("TTHC-05"))
                .extracting(r -> r.get("value") + " " + r.get("source_file"))
                .containsExactly("60 2026-Q1/noi-vu-lan-2.xlsx");
        try (Workbook workbook = WorkbookFactory.create(output.resolve("2026-Q1/Tong-hop-CCHC-2026-Q1.xlsx").toFile(), null, true)) {
            List<List<String>> changes = table(workbook.getSheet("Số liệu nộp lại"));
            assertThat(changes.subList(1, changes.size()))
                    .extracting(r -> String.join(" | ", r.get(2), r.get(4), r.get(5), r.get(8), r.get(10), r.get(11), r.get(13)))
                    .containsExactly(
                            "TTHC-05 | 90 | 60 | 2026-Q1/noi-vu-lan-1.xlsx | 05/04/2026 | 2026-Q1/noi-vu-lan-2.xlsx | 12/04/2026",
                            "TTHC-05 | 40 | 60 | 2026-Q1/noi-vu-lan-2.xlsx | 10/04/2026 | 2026-Q1/noi-vu-lan-2.xlsx | 12/04/2026",
                            "TTHC-06 | 99.5 | 100 | 2026-Q1/noi-vu-lan-1.xlsx | 05/04/2026 | 2026-Q1/noi-vu-lan-2.xlsx | 12/04/2026");
        }
    }

    /** A report in the template layout: letterhead, date line, labels, then the table. */
    @SafeVarargs
    private void report(String relative, String agency, String period, String date, List<Object>... values) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("UBND TỈNH HÀ TĨNH"));
        rows.add(row("Hà Tĩnh, " + date));
        rows.add(row("Mã đơn vị:", agency));
        rows.add(row("Kỳ báo cáo:", period));
        rows.add(row("STT", "Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Tử số", "Mẫu số", "Giá trị"));
        for (List<Object> value : values) {
            rows.add(row(value.get(0), value.get(1), null, null, value.get(2), value.get(3), value.get(4)));
        }
        Path file = reports.resolve(relative);
        Files.createDirectories(file.getParent());
        GridFiles.write(file, "Báo cáo", rows);
    }

    private int run() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return Cli.run(List.of("run", "--input", input.toString(), "--output", output.toString(), "--data", data.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    }

    /** Every row of a sheet's table (under its title rows) as text; numbers in plain dot notation. No cell may be a formula. */
    private static List<List<String>> table(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() < 3) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                assertThat(cell == null ? CellType.BLANK : cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                        ? new java.math.BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros().toPlainString()
                        : new DataFormatter().formatCellValue(cell));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String name(String indicator) {
        return PlanLoader.builtIn().indicator(indicator).orElseThrow().name();
    }
}
