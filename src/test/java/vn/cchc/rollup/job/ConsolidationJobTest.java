package vn.cchc.rollup.job;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.rollup.testing.GridFiles.row;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.cli.Cli;
import vn.cchc.rollup.testing.GridFiles;

/** The real job through the real command line, on real files, with the real H2 database. */
class ConsolidationJobTest {

    @TempDir
    Path root;
    Path input;
    Path output;
    Path data;
    String lastOut;

    @BeforeEach
    void writeReports() throws Exception {
        input = root.resolve("input");
        output = root.resolve("output");
        data = root.resolve("data");
        Path reports = Files.createDirectories(input.resolve("reports/2026-Q1"));
        List<List<Object>> template = new ArrayList<>();
        template.add(row("UBND TỈNH HÀ TĨNH"));
        template.add(row("SỞ NỘI VỤ"));
        template.add(row("Mã đơn vị:", null, "SO-NOIVU"));
        template.add(row("Kỳ báo cáo:", null, "Quý I/2026"));
        template.add(row("STT", "Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Chỉ tiêu kế hoạch", "Tử số", "Mẫu số", "Giá trị", "Ghi chú"));
        template.add(row(1, "TTHC-05", null, null, null, 45, 50, null, null));
        template.add(row(2, "TTHC-06", null, null, null, null, null, 99.5, null));
        template.add(row(3, "CDDH-04", null, null, null, null, null, 7, null));
        template.add(row(4, "TCC-01", null, null, null, null, null, "Có", "=HYPERLINK(\"http://x\")"));
        GridFiles.write(reports.resolve("Sở Nội vụ quý 1.xlsx"), "Báo cáo", template);
        List<List<Object>> longRows = new ArrayList<>();
        longRows.add(row("Đơn vị", "Kỳ báo cáo", "Mã chỉ tiêu", "Tử số", "Mẫu số", "Giá trị"));
        longRows.add(row("UBND xã Đức Thọ", "Quý I/2026", "TTHC-05", 1, 10, null));
        longRows.add(row("Xã Đức Đồng", "Quý I/2026", "TTHC-05", 90, 100, null));
        longRows.add(row("Xã Đức Đồng", "Quý I/2026", "CQS-02", null, null, 150));
        GridFiles.write(reports.resolve("xa.csv"), null, longRows);
        byte[] good = Files.readAllBytes(reports.resolve("Sở Nội vụ quý 1.xlsx"));
        Files.write(reports.resolve("hong.xlsx"), java.util.Arrays.copyOf(good, 300));
        Files.writeString(reports.resolve("cong-van.docx"), "not a report");
    }

    @Test
    void consolidatesReportsIntoWorkbookChartsAndCsvs() throws Exception {
        assertThat(run()).isZero();
        assertThat(lastOut).contains("Tệp báo cáo: 4 (mới 4")
                .contains("Trong đó 2 tệp không nhận được số liệu nào (cả tệp bị từ chối).");

        Path period = output.resolve("2026-Q1");
        assertThat(period.resolve("Tong-hop-CCHC-2026-Q1.xlsx")).exists();
        assertThat(period.resolve("charts/xep-hang-so.png")).exists();
        assertThat(period.resolve("charts/xep-hang-xa.png")).exists();

        Map<String, CSVRecord> facts = csv(period.resolve("facts.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("agency_code") + "|" + r.get("indicator_code"), r -> r));
        CSVRecord tthc05 = facts.get("SO-NOIVU|TTHC-05");
        assertThat(tthc05.get("numerator")).isEqualTo("45");
        assertThat(tthc05.get("denominator")).isEqualTo("50");
        assertThat(tthc05.get("status")).isEqualTo("MET");
        assertThat(tthc05.get("source_file")).isEqualTo("2026-Q1/Sở Nội vụ quý 1.xlsx");
        assertThat(tthc05.get("source_location")).isEqualTo("Báo cáo!F6");
        assertThat(facts.get("SO-NOIVU|CDDH-03").get("status")).isEqualTo("NOT_DUE");
        assertThat(facts.get("SO-NOIVU|TC-01").get("status")).isEqualTo("MISSING");
        assertThat(facts.get("SO-NOIVU|TCC-01").get("note")).startsWith("'=");

        // 4 + 4 + 3 + 4 points of the 90 due in a quarter (YEAR indicators are not due)
        CSVRecord soNoiVu = csv(period.resolve("scores.csv")).stream()
                .filter(r -> r.get("scope_code").equals("SO-NOIVU") && r.get("area_code").equals("TOTAL"))
                .findFirst().orElseThrow();
        assertThat(soNoiVu.get("score")).isEqualTo("16.67");
        assertThat(soNoiVu.get("rank")).isEqualTo("1");

        List<CSVRecord> rejects = csv(output.resolve("rejects.csv"));
        assertThat(rejects).extracting(r -> r.get("source_file") + " " + r.get("reason_code")).containsExactlyInAnyOrder(
                "2026-Q1/cong-van.docx UNREADABLE_FILE",
                "2026-Q1/hong.xlsx UNREADABLE_FILE",
                "2026-Q1/xa.csv OUT_OF_RANGE");

        try (Workbook workbook = WorkbookFactory.create(period.resolve("Tong-hop-CCHC-2026-Q1.xlsx").toFile(), null, true)) {
            assertThat(workbook.getSheet("Tổng quan")).isNotNull();
            Sheet ranking = workbook.getSheet("Xếp hạng Sở");
            Row first = rowOf(ranking, "SO-NOIVU");
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(16.67); // 100 × 15 / 90, as shown: 2 decimals
            assertThat(workbook.getSheet("Xếp hạng xã")).isNotNull();
            assertThat(workbook.getSheet("Chưa báo cáo")).isNotNull();
            assertThat(workbook.getSheet("Chất lượng dữ liệu")).isNotNull();
        }
    }

    @Test
    void laterRunsReadOnlyWhatChangedAndWithdrawRemovedFiles() throws Exception {
        assertThat(run()).isZero();
        assertThat(run()).isZero();
        assertThat(lastOut).contains("mới 0, thay đổi 0, không đổi 4, đã gỡ 0");

        Files.delete(input.resolve("reports/2026-Q1/xa.csv"));
        assertThat(run()).isZero();
        assertThat(lastOut).contains("đã gỡ 1");
        List<CSVRecord> facts = csv(output.resolve("2026-Q1/facts.csv"));
        assertThat(facts).filteredOn(r -> r.get("agency_code").equals("XA-DUCDONG"))
                .allSatisfy(r -> assertThat(r.get("status")).isIn("MISSING", "NOT_DUE"));
        assertThat(csv(output.resolve("rejects.csv"))).extracting(r -> r.get("source_file"))
                .doesNotContain("2026-Q1/xa.csv");
    }

    @Test
    void theDatabaseKeepsTheEvaluationsOfThePeriodsPublishedLast() throws Exception {
        Path q2 = Files.createDirectories(input.resolve("reports/2026-Q2")).resolve("xa-q2.csv");
        GridFiles.write(q2, null, List.of(row("Đơn vị", "Kỳ báo cáo", "Mã chỉ tiêu", "Tử số", "Mẫu số", "Giá trị"),
                row("Xã Đức Đồng", "Quý II/2026", "CQS-02", null, null, 90)));
        assertThat(run()).isZero();
        assertThat(lastOut).as(Files.readString(output.resolve("rejects.csv"))).contains("Kỳ 2026-Q2");
        // every agency × applicable indicator of the plan, per period: 15 Sở × 28 + 30 xã × 21
        assertThat(evaluationsPerPeriod()).isEqualTo(Map.of("2026-Q1", 1050L, "2026-Q2", 1050L));

        Files.delete(q2);
        assertThat(run()).isZero();
        assertThat(evaluationsPerPeriod()).isEqualTo(Map.of("2026-Q1", 1050L));
    }

    private Map<String, Long> evaluationsPerPeriod() throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("cchc").toString().replace('\\', '/');
        Map<String, Long> counts = new java.util.HashMap<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", "");
             java.sql.ResultSet rs = c.createStatement()
                     .executeQuery("select period, count(*) from evaluation group by period")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    @Test
    void helpAndBadUsage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(Cli.run(List.of("run", "--help"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Cách dùng").contains("--input");
        assertThat(Cli.run(List.of("run", "--bogus"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--bogus");
    }

    @Test
    void templateCommandWritesABlankReportForOneAgency() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path folder = root.resolve("mau");
        int code = Cli.run(List.of("template", "--agency", "Sở Nội vụ", "--period", "Quý II/2026", "--output", folder.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).isZero();
        Path file = folder.resolve("Mau-bao-cao-SO-NOIVU-2026-Q2.xlsx");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(file.toString());
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            assertThat(rowOf(workbook.getSheet("Báo cáo"), "TTHC-05")).isNotNull();
        }
        assertThat(Cli.run(List.of("template", "--agency", "Sở Du lịch", "--period", "2026-Q2"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
    }

    private int run() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Cli.run(List.of("run", "--input", input.toString(), "--output", output.toString(), "--data", data.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        lastOut = out.toString(StandardCharsets.UTF_8);
        return code;
    }

    static List<CSVRecord> csv(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        try (Reader reader = new java.io.StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static Row rowOf(Sheet sheet, String code) {
        for (Row row : sheet) {
            for (var cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().equals(code)) {
                    return row;
                }
            }
        }
        throw new AssertionError(code + " not in " + sheet.getSheetName());
    }
}
