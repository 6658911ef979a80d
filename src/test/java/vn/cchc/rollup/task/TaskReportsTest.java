package vn.cchc.rollup.task;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.rollup.testing.GridFiles.row;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.TestDatabases;
import vn.cchc.rollup.catalog.AgencyKind;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.ReasonCode;
import vn.cchc.rollup.intake.ReportFolder;
import vn.cchc.rollup.intake.SourceRef;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.publish.AllPeriodsPublisher;
import vn.cchc.rollup.publish.PeriodPublisher;
import vn.cchc.rollup.read.ParsedReport;
import vn.cchc.rollup.read.ReportParser;
import vn.cchc.rollup.score.Evaluation;
import vn.cchc.rollup.score.PeriodResult;
import vn.cchc.rollup.store.ReportStore;
import vn.cchc.rollup.testing.GridFiles;

/** Task status reports read from a long CSV and a "Nhiệm vụ" sheet, stored in H2, and turned into CDDH-02. */
class TaskReportsTest {

    static final Period Q1 = Period.quarter(2026, 1);

    @TempDir
    Path dir;
    final Plan plan = PlanLoader.builtIn();
    final TaskReportReader reader = new TaskReportReader(plan);

    String xa() {
        return plan.agencies(AgencyKind.XA).get(0).code();
    }

    Path xaCsv() throws Exception {
        return GridFiles.write(dir.resolve("nhiem-vu-xa.csv"), "", List.of(
                row("Mã đơn vị", "Kỳ báo cáo", "Mã nhiệm vụ", "Trạng thái", "Ngày hoàn thành", "Minh chứng"),
                row(xa(), "Quý I/2026", "1", "Hoàn thành", "20/01/2026", "Kế hoạch số 12/KH-UBND"),
                row(xa(), "Quý I/2026", "2", "Đã hoàn thành", "", "Báo cáo quý I"),
                row(xa(), "Quý I/2026", "3", "Đang thực hiện", "", ""),
                row(xa(), "Quý I/2026", "5", "hoàn thành", "05/04/2026", "Danh mục niêm yết"),
                row(xa(), "Quý I/2026", "7", "Chưa thực hiện", "", ""),
                row(xa(), "Quý I/2026", "4", "tạm dừng", "", "")));
    }

    @Test
    void aLongCsvGivesOneReportPerRowAndRejectsAnUnknownStatus() throws Exception {
        TaskReportFile file = reader.read(xaCsv(), "nhiem-vu-xa.csv");

        assertThat(file.reports()).extracting(r -> r.agencyCode() + " " + r.period() + " " + r.taskCode() + " "
                + r.progress() + " " + r.completedOn()).containsExactly(
                xa() + " 2026-Q1 1 DONE 2026-01-20",
                xa() + " 2026-Q1 2 DONE null",
                xa() + " 2026-Q1 3 IN_PROGRESS null",
                xa() + " 2026-Q1 5 DONE 2026-04-05",
                xa() + " 2026-Q1 7 NOT_STARTED null");
        assertThat(file.reports().get(0).evidence()).isEqualTo("Kế hoạch số 12/KH-UBND");
        assertThat(file.rejects()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(ReasonCode.BAD_VALUE);
            assertThat(r.message()).contains("tạm dừng");
            assertThat(r.source().location()).isEqualTo("dòng 7, cột C");
        });
    }

    @Test
    void aTaskSheetTakesAgencyAndPeriodFromItsTitleLines() throws Exception {
        Path file = GridFiles.write(dir.resolve("ngoai-vu.xlsx"), "Nhiệm vụ", List.of(
                row("BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CCHC"),
                row("Mã đơn vị:", "SO-NGOAIVU"),
                row("Kỳ báo cáo:", "Quý I/2026"),
                row(),
                row("STT", "Mã nhiệm vụ", "Tên nhiệm vụ", "Trạng thái", "Ngày hoàn thành", "Minh chứng"),
                row(1, "2.1", "Ban hành kế hoạch CCHC", "Hoàn thành", "15/01/2026", "KH 05/KH-SNgV"),
                row(2, "2.10", "Rà soát TTHC", "Đang thực hiện", null, null)));

        TaskReportFile read = reader.read(file, "ngoai-vu.xlsx");

        assertThat(read.rejects()).isEmpty();
        assertThat(read.reports()).extracting(r -> r.agencyCode() + " " + r.period() + " " + r.taskCode() + " "
                + r.progress() + " " + r.completedOn() + " " + r.source().location()).containsExactly(
                "SO-NGOAIVU 2026-Q1 2.1 DONE 2026-01-15 Nhiệm vụ!B6",
                "SO-NGOAIVU 2026-Q1 2.10 IN_PROGRESS null Nhiệm vụ!B7");
    }

    @Test
    void theIndicatorParserAndTheTaskReaderShareOnePassOverTheFile() throws Exception {
        Path file = GridFiles.write(dir.resolve("ngoai-vu.xlsx"), "Nhiệm vụ", List.of(
                row("Mã đơn vị:", "SO-NGOAIVU"),
                row("Kỳ báo cáo:", "Quý I/2026"),
                row("Mã nhiệm vụ", "Tên nhiệm vụ", "Trạng thái", "Ngày hoàn thành"),
                row("2.1", "Ban hành kế hoạch CCHC", "Hoàn thành", "15/01/2026")));
        ReportParser parser = new ReportParser(plan);

        TaskReportReader.Visitor tasks = reader.visitor("ngoai-vu.xlsx");
        ParsedReport report = parser.parse(file, "ngoai-vu.xlsx", tasks);
        assertThat(report.unreadable()).isFalse();
        assertThat(tasks.result()).isEqualTo(reader.read(file, "ngoai-vu.xlsx"));
        assertThat(tasks.result().reports()).singleElement()
                .satisfies(r -> assertThat(r.source().location()).isEqualTo("Nhiệm vụ!A4"));

        byte[] bytes = Files.readAllBytes(file);
        Path truncated = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        TaskReportReader.Visitor cut = reader.visitor("cut.xlsx");
        ParsedReport broken = parser.parse(truncated, "cut.xlsx", cut);
        assertThat(broken.unreadable()).isTrue();
    }

    @Test
    void theTaskHeaderIsLookedForInTheFirstRowsOfASheetOnly() throws Exception {
        for (int above : new int[] {TaskReportReader.HEADER_SEARCH_ROWS - 1, TaskReportReader.HEADER_SEARCH_ROWS}) {
            List<List<Object>> rows = new java.util.ArrayList<>();
            rows.add(row("Mã đơn vị:", "SO-NGOAIVU"));
            rows.add(row("Kỳ báo cáo:", "Quý I/2026"));
            while (rows.size() < above) {
                rows.add(row("Dòng " + rows.size(), "chưa phải bảng nhiệm vụ"));
            }
            rows.add(row("Mã nhiệm vụ", "Trạng thái"));
            rows.add(row("2.1", "Hoàn thành"));
            Path file = GridFiles.write(dir.resolve("tre-" + above + ".csv"), "", rows);
            assertThat(reader.read(file, file.getFileName().toString()).reports())
                    .as("header on row %d", above + 1).hasSize(above < TaskReportReader.HEADER_SEARCH_ROWS ? 1 : 0);
        }
    }

    @Test
    void anIndicatorReportHasNoTaskReports() throws Exception {
        Path file = GridFiles.write(dir.resolve("bao-cao.xlsx"), "Báo cáo", List.of(
                row("Mã đơn vị:", "SO-NOIVU"), row("Kỳ báo cáo:", "Quý I/2026"),
                row("STT", "Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Tử số", "Mẫu số", "Giá trị"),
                row(1, "TTHC-06", null, null, null, null, 90)));
        assertThat(reader.read(file, "bao-cao.xlsx").found()).isFalse();
    }

    @Test
    void theStoreKeepsTaskReportsPerFileAndReplacesThemWithTheFile() throws Exception {
        ReportStore store = new ReportStore(TestDatabases.h2(dir));
        ReportFolder folder = new ReportFolder(dir);
        Path csv = xaCsv();
        TaskReportFile read = reader.read(csv, "nhiem-vu-xa.csv");
        store.replace(folder.fingerprint(csv), new ParsedReport("nhiem-vu-xa.csv", null, null, List.of(), read.rejects()));
        store.addTaskReports("nhiem-vu-xa.csv", read.reports());

        assertThat(store.taskReports()).containsExactlyInAnyOrderElementsOf(read.reports());
        store.replace(folder.fingerprint(csv), new ParsedReport("nhiem-vu-xa.csv", null, null, List.of(), List.of()));
        assertThat(store.taskReports()).isEmpty();
        store.addTaskReports("nhiem-vu-xa.csv", read.reports());
        store.markRemoved("nhiem-vu-xa.csv");
        assertThat(store.taskReports()).isEmpty();
    }

    @Test
    void cddh02ComesFromTheTasksWhereTheAgencyReportedThemAndTheWorkbookSaysSo() throws Exception {
        List<TaskReport> reports = reader.read(xaCsv(), "nhiem-vu-xa.csv").reports();
        PlanExtras extras = new PlanExtras(TaskCatalogueLoader.builtIn(), vn.cchc.rollup.score.BandScale.defaults(), reports);
        String otherXa = plan.agencies(AgencyKind.XA).get(1).code();
        List<Fact> facts = List.of(fact(xa(), 100), fact(otherXa, 70));

        Map<Period, PeriodResult> results = new AllPeriodsPublisher(plan, extras, LocalDate.of(2026, 5, 1), ZoneOffset.UTC,
                TestDatabases.evaluationTable())
                .score(facts, List.of());
        PeriodResult q1 = results.get(Q1);

        // tasks 1, 2, 3, 7 on time (recurring ones reported), 5 done late; 4 and 6 not yet due, 8 has no date
        Fact derived = evaluation(q1, xa()).fact();
        assertThat(TaskIndicator.isDerived(derived)).isTrue();
        assertThat(derived.value()).isEqualByComparingTo("80");
        assertThat(derived.numerator()).isEqualByComparingTo("4");
        assertThat(derived.denominator()).isEqualByComparingTo("5");
        Fact own = evaluation(q1, otherXa).fact();
        assertThat(TaskIndicator.isDerived(own)).isFalse();
        assertThat(own.value()).isEqualByComparingTo("70");

        Path workbookFile = new PeriodPublisher(extras).publish(q1, dir.resolve("out"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(workbookFile))) {
            XSSFSheet sheet = workbook.getSheet("Cách tính CDDH-02");
            DataFormatter text = new DataFormatter();
            Map<String, String> how = new java.util.HashMap<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) { // title rows above the table are keyed by their own text
                if (sheet.getRow(r) == null) {
                    continue;
                }
                how.put(text.formatCellValue(sheet.getRow(r).getCell(0)),
                        text.formatCellValue(sheet.getRow(r).getCell(3)) + " | " + text.formatCellValue(sheet.getRow(r).getCell(4)));
            }
            assertThat(how.get(xa())).isEqualTo("Tính từ báo cáo nhiệm vụ | Tính từ báo cáo nhiệm vụ: 4/5 nhiệm vụ hoàn thành đúng hạn");
            assertThat(how.get(otherXa)).isEqualTo("Đơn vị tự báo cáo | " + otherXa + ".xlsx – Báo cáo!G6");
            assertThat(how.get("SO-NOIVU")).startsWith("Chưa có số liệu");
        }
    }

    @Test
    void anAgencySilentInALaterPeriodGetsNoValueFromItsEarlierTaskReports() throws Exception {
        List<TaskReport> reports = reader.read(xaCsv(), "nhiem-vu-xa.csv").reports();
        PlanExtras extras = new PlanExtras(TaskCatalogueLoader.builtIn(), vn.cchc.rollup.score.BandScale.defaults(), reports);
        Period h1 = Period.half(2026, 1);
        String otherXa = plan.agencies(AgencyKind.XA).get(1).code();
        List<Fact> facts = List.of(fact(xa(), 100),
                new Fact(otherXa, h1, TaskIndicator.CODE, null, null, BigDecimal.TEN, null, new SourceRef("h1.xlsx", "A1")));

        PeriodResult h1Result = new AllPeriodsPublisher(plan, extras, LocalDate.of(2026, 8, 1), ZoneOffset.UTC,
                TestDatabases.evaluationTable())
                .score(facts, List.of()).get(h1);

        assertThat(evaluation(h1Result, xa()).fact()).isNull();
        assertThat(h1Result.notReported()).extracting(a -> a.code()).contains(xa()).doesNotContain(otherXa);
    }

    private static Evaluation evaluation(PeriodResult result, String agency) {
        return result.evaluations().stream()
                .filter(e -> e.agency().code().equals(agency) && e.indicator().code().equals(TaskIndicator.CODE))
                .findFirst().orElseThrow();
    }

    private static Fact fact(String agency, double value) {
        return new Fact(agency, Q1, TaskIndicator.CODE, null, null, BigDecimal.valueOf(value), null,
                new SourceRef(agency + ".xlsx", "Báo cáo!G6"));
    }
}
