package vn.cchc.rollup.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.rollup.testing.GridFiles.row;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.TestDatabases;
import vn.cchc.rollup.catalog.AgencyKind;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.intake.FileFingerprint;
import vn.cchc.rollup.intake.ReportFolder;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.publish.AllPeriodsPublisher;
import vn.cchc.rollup.publish.LateOrMissingCsv;
import vn.cchc.rollup.publish.QualityNotes;
import vn.cchc.rollup.read.ReportParser;
import vn.cchc.rollup.score.PeriodResult;
import vn.cchc.rollup.score.Scope;
import vn.cchc.rollup.store.ReportStore;
import vn.cchc.rollup.task.PlanExtras;
import vn.cchc.rollup.testing.GridFiles;

/**
 * Submission tracking on a hand-made Quý I/2026 (due 15/04/2026) through the real parser, the H2
 * store and the publisher: Sở Nội vụ on time then resubmitted late, Sở Tư pháp late, Sở Tài chính
 * without a report date but modified after the due date, everyone else missing.
 */
class SubmissionTrackingTest {

    static final Period Q1 = Period.quarter(2026, 1);
    static final LocalDate RUN_DATE = LocalDate.of(2026, 5, 15);

    @TempDir
    Path dir;
    ReportStore store;
    ReportFolder folder;
    final Plan plan = PlanLoader.builtIn();
    final ReportParser parser = new ReportParser(plan);
    final AllPeriodsPublisher publisher = new AllPeriodsPublisher(plan, PlanExtras.defaults(), RUN_DATE, ZoneOffset.UTC,
            TestDatabases.evaluationTable());

    @BeforeEach
    void storeReports() throws Exception {
        store = new ReportStore(TestDatabases.h2(dir));
        folder = new ReportFolder(Files.createDirectories(dir.resolve("reports")));

        store("noivu-lan-1.xlsx", "SO-NOIVU", "ngày 10 tháng 4 năm 2026", "2026-04-10T08:00:00Z", 80);
        store("noivu-lan-2.xlsx", "SO-NOIVU", "ngày 20 tháng 4 năm 2026", "2026-04-20T08:00:00Z", 90);
        store("tuphap.xlsx", "SO-TUPHAP", "ngày 18 tháng 4 năm 2026", "2026-04-10T08:00:00Z", 70);
        store("taichinh.xlsx", "SO-TAICHINH", null, "2026-04-16T23:30:00Z", 75);
    }

    @Test
    void theFirstSubmissionCountsAndMissingAgenciesAreOverdueAsOfTheRunDate() {
        SubmissionReport report = track();

        assertThat(report.dueDate()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(report.agency("SO-NOIVU")).hasValueSatisfying(a -> {
            assertThat(a.state()).isEqualTo(SubmissionState.ON_TIME);
            assertThat(a.submittedOn()).isEqualTo(LocalDate.of(2026, 4, 10));
            assertThat(a.daysOverdue()).isZero();
        });
        assertThat(report.agency("SO-TUPHAP")).hasValueSatisfying(a -> {
            assertThat(a.state()).isEqualTo(SubmissionState.LATE);
            assertThat(a.daysOverdue()).isEqualTo(3);
        });
        assertThat(report.agency("SO-TAICHINH")).hasValueSatisfying(a -> {
            assertThat(a.state()).isEqualTo(SubmissionState.LATE);
            assertThat(a.submittedOn()).isEqualTo(LocalDate.of(2026, 4, 16));
            assertThat(a.daysOverdue()).isEqualTo(1);
        });
        assertThat(report.agency("SO-NGOAIVU")).hasValueSatisfying(a -> {
            assertThat(a.state()).isEqualTo(SubmissionState.MISSING);
            assertThat(a.daysOverdue()).isEqualTo(30);
        });
    }

    @Test
    void ratesPerKindAndForTheProvince() {
        SubmissionReport report = track();
        int so = plan.agencies(AgencyKind.SO).size();
        int xa = plan.agencies(AgencyKind.XA).size();

        assertThat(report.rate(Scope.SO)).contains(new SubmissionRate(Scope.SO, so, 3, 1));
        assertThat(report.rate(Scope.XA)).contains(new SubmissionRate(Scope.XA, xa, 0, 0));
        SubmissionRate province = report.rate(Scope.PROVINCE).orElseThrow();
        assertThat(province).isEqualTo(new SubmissionRate(Scope.PROVINCE, so + xa, 3, 1));
        assertThat(province.completeness()).isEqualByComparingTo(
                java.math.BigDecimal.valueOf(300).divide(java.math.BigDecimal.valueOf(so + xa), 2, java.math.RoundingMode.HALF_UP));
        assertThat(report.rate(Scope.XA).orElseThrow().timeliness()).isEqualByComparingTo("0");
    }

    @Test
    void theDueDateIsConfigurable() {
        PeriodResult result = publisher.score(store.effectiveFacts(), List.of()).get(Q1);
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty(SubmissionDeadline.PROPERTY, "20");
        SubmissionReport report = new SubmissionTracker(SubmissionDeadline.of(properties), RUN_DATE, ZoneOffset.UTC)
                .track(result, store.currentFacts().submitted());

        assertThat(report.dueDate()).isEqualTo(LocalDate.of(2026, 4, 20));
        assertThat(report.agency("SO-TUPHAP").orElseThrow().state()).isEqualTo(SubmissionState.ON_TIME);
        assertThat(report.agency("SO-NGOAIVU").orElseThrow().daysOverdue()).isEqualTo(25);
    }

    @Test
    void theCsvAndTheSheetListLateAndMissingAgencies() throws Exception {
        Path output = dir.resolve("output");
        Map<Period, PeriodResult> results = publisher.score(store.effectiveFacts(), List.of());
        publisher.publish(results, QualityNotes.NONE, store.currentFacts().submitted(), output);

        List<CSVRecord> rows;
        try (Reader reader = Files.newBufferedReader(output.resolve("2026-Q1").resolve(LateOrMissingCsv.FILE),
                StandardCharsets.UTF_8)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        assertThat(rows).hasSize(plan.agencies().size() - 1);
        assertThat(rows).noneMatch(r -> r.get(0).equals("SO-NOIVU"));
        CSVRecord tuphap = rows.stream().filter(r -> r.get(0).equals("SO-TUPHAP")).findFirst().orElseThrow();
        assertThat(List.of(tuphap.get("tinh_trang"), tuphap.get("ngay_bao_cao"), tuphap.get("han_nop"),
                tuphap.get("so_ngay_qua_han"))).containsExactly("Chậm", "18/04/2026", "15/04/2026", "3");
        assertThat(rows.get(0).get("tinh_trang")).isEqualTo("Chưa báo cáo");
        assertThat(rows.get(0).get("so_ngay_qua_han")).isEqualTo("30");

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(
                output.resolve("2026-Q1").resolve("Tong-hop-CCHC-2026-Q1.xlsx")))) {
            XSSFSheet sheet = workbook.getSheet("Nộp báo cáo");
            assertThat(sheet).isNotNull();
            DataFormatter text = new DataFormatter();
            List<String> noivu = new ArrayList<>();
            for (int r = 10; r <= sheet.getLastRowNum(); r++) {
                if ("SO-NOIVU".equals(text.formatCellValue(sheet.getRow(r).getCell(0)))) {
                    for (int c = 0; c <= 6; c++) {
                        noivu.add(text.formatCellValue(sheet.getRow(r).getCell(c)));
                    }
                }
            }
            assertThat(noivu).containsExactly("SO-NOIVU", "Sở Nội vụ", "Sở, ban, ngành", "Đúng hạn",
                    "10/04/2026", "15/04/2026", "0");
            assertThat(text.formatCellValue(sheet.getRow(5).getCell(0))).isEqualTo("Khối Sở, ban, ngành");
            assertThat(text.formatCellValue(sheet.getRow(5).getCell(3))).isEqualTo("1");
        }
    }

    private SubmissionReport track() {
        PeriodResult result = publisher.score(store.effectiveFacts(), List.of()).get(Q1);
        return new SubmissionTracker(SubmissionDeadline.defaults(), RUN_DATE, ZoneOffset.UTC)
                .track(result, store.currentFacts().submitted());
    }

    private void store(String name, String agency, String dateLine, String modified, double value) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("BÁO CÁO CẢI CÁCH HÀNH CHÍNH"));
        rows.add(row(dateLine == null ? "" : "Hà Tĩnh, " + dateLine));
        rows.add(row("Mã đơn vị:", agency));
        rows.add(row("Kỳ báo cáo:", "Quý I/2026"));
        rows.add(row("STT", "Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Tử số", "Mẫu số", "Giá trị"));
        rows.add(row(1, "TTHC-06", null, null, null, null, value));
        Path file = GridFiles.write(folder.root().resolve(name), "Báo cáo", rows);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(modified)));
        FileFingerprint fingerprint = folder.fingerprint(file);
        store.replace(fingerprint, parser.parse(file, name));
    }
}
