package vn.cchc.rollup.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.score.AgencyScore;
import vn.cchc.rollup.score.BandScale;
import vn.cchc.rollup.score.Evaluation;
import vn.cchc.rollup.score.PeriodResult;
import vn.cchc.rollup.score.Scope;
import vn.cchc.rollup.task.PlanExtras;
import vn.cchc.rollup.task.TaskCatalogueLoader;
import vn.cchc.rollup.task.TaskProgress;
import vn.cchc.rollup.task.TaskReport;

class AgencyScorecardTest {

    @TempDir
    static Path periodDir;
    static PeriodResult result;

    @BeforeAll
    static void publish() throws IOException {
        result = PublishFixture.periodResult();
        List<TaskReport> reports = List.of(
                new TaskReport("SO-NGOAIVU", result.period(), "2.1", TaskProgress.DONE, LocalDate.of(2026, 1, 20),
                        "Kế hoạch số 15/KH-SNgV", null),
                new TaskReport("SO-NGOAIVU", result.period(), "2.2", TaskProgress.DONE, LocalDate.of(2026, 4, 1),
                        "", null));
        PlanExtras extras = new PlanExtras(TaskCatalogueLoader.builtIn(), BandScale.defaults(), reports);
        new PeriodPublisher(extras).publish(result, periodDir);
    }

    @Test
    void everyAgencyGetsItsOwnWorkbook() throws IOException {
        for (Agency agency : result.plan().agencies()) {
            assertThat(AgencyScorecard.file(periodDir, agency)).isRegularFile();
        }
        try (var files = Files.list(periodDir.resolve(AgencyScorecard.FOLDER))) {
            assertThat(files.count()).isEqualTo(result.plan().agencies().size());
        }
    }

    @Test
    void scorecardShowsScoreRankBandAndComparison() throws IOException {
        AgencyScore best = result.scores().stream().filter(s -> s.rank() == 1).findFirst().orElseThrow();
        Agency agency = best.agency();
        try (Workbook workbook = open(agency)) {
            Sheet sheet = workbook.getSheet(AgencyScorecard.RESULT_SHEET);
            assertThat(text(sheet, 0, 0)).contains(agency.name().toUpperCase(java.util.Locale.ROOT));
            assertThat(text(sheet, 1, 0)).contains("Quý I/2026").contains(agency.code());
            assertThat(sheet.getRow(3).getCell(2).getNumericCellValue())
                    .isCloseTo(best.score().doubleValue(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(text(sheet, 4, 2)).startsWith("1/");
            assertThat(text(sheet, 5, 2)).isEqualTo(BandScale.defaults().classify(best.score()).name());
            double kindScore = result.scopes().stream().filter(s -> s.scope() == Scope.of(agency.kind()))
                    .findFirst().orElseThrow().score().doubleValue();
            assertThat(sheet.getRow(6).getCell(2).getNumericCellValue())
                    .isCloseTo(kindScore, org.assertj.core.data.Offset.offset(1e-9));

            List<Evaluation> own = result.evaluations().stream().filter(e -> e.agency().equals(agency)).toList();
            int header = headerRow(sheet);
            for (int i = 0; i < own.size(); i++) {
                Row row = sheet.getRow(header + 1 + i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(own.get(i).indicator().code());
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo(own.get(i).status().label());
                assertThat(row.getCell(5).getNumericCellValue())
                        .isCloseTo(own.get(i).points().doubleValue(), org.assertj.core.data.Offset.offset(1e-9));
            }
            assertThat(sheet.getRow(header + 1 + own.size())).isNull();
        }
    }

    @Test
    void taskSheetListsTheCatalogueWithStatuses() throws IOException {
        Agency ngoaiVu = result.plan().agency("SO-NGOAIVU").orElseThrow();
        try (Workbook workbook = open(ngoaiVu)) {
            Sheet tasks = workbook.getSheet(AgencyScorecard.TASK_SHEET);
            assertThat(tasks.getLastRowNum()).isEqualTo(44);
            assertThat(text(tasks, 1, 0)).isEqualTo("2.1");
            assertThat(text(tasks, 1, 5)).isEqualTo("Hoàn thành đúng hạn");
            assertThat(text(tasks, 1, 6)).isEqualTo("20/01/2026");
            assertThat(text(tasks, 1, 7)).isEqualTo("Kế hoạch số 15/KH-SNgV");
            assertThat(text(tasks, 2, 5)).isEqualTo("Hoàn thành chậm"); // due 31/03, done 01/04
            assertThat(text(tasks, 10, 0)).isEqualTo("2.10");
            assertThat(text(tasks, 10, 4)).isEqualTo("30/09/2026");
            assertThat(text(tasks, 10, 5)).isEqualTo("Chưa đến hạn");
        }
    }

    @Test
    void dataQualitySheetHoldsOnlyTheProblemsOfTheAgencysFiles() throws IOException {
        for (Agency agency : result.plan().agencies()) {
            List<String> files = result.evaluations().stream().filter(e -> e.agency().equals(agency))
                    .filter(e -> e.fact() != null).map(e -> e.fact().source().file()).distinct().toList();
            long expected = result.rejects().stream().filter(r -> files.contains(r.source().file())).count();
            try (Workbook workbook = open(agency)) {
                Sheet quality = workbook.getSheet(AgencyScorecard.QUALITY_SHEET);
                if (expected == 0) {
                    assertThat(text(quality, 1, 0)).startsWith("Không phát hiện lỗi");
                } else {
                    assertThat(quality.getLastRowNum()).isEqualTo((int) expected);
                    for (int r = 1; r <= expected; r++) {
                        assertThat(files).contains(text(quality, r, 0));
                    }
                }
            }
        }
    }

    @Test
    void overviewCountsAgenciesPerBandAndKind() throws IOException {
        Path summary = periodDir.resolve(SummaryWorkbook.fileName(result));
        try (InputStream in = Files.newInputStream(summary); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet overview = workbook.getSheet(OverviewSheet.NAME);
            assertThat(text(overview, BandCounts.HEADER_ROW, BandCounts.FIRST_COLUMN)).isEqualTo("Xếp loại");
            double so = 0;
            double xa = 0;
            List<String> names = BandScale.defaults().bands().stream().map(b -> b.name()).toList();
            for (int i = 0; i < names.size(); i++) {
                Row row = overview.getRow(BandCounts.HEADER_ROW + 1 + i);
                String band = names.get(i);
                assertThat(row.getCell(BandCounts.FIRST_COLUMN).getStringCellValue()).isEqualTo(band);
                long expectedSo = result.scores().stream().filter(s -> s.agency().kind().name().equals("SO"))
                        .filter(s -> BandScale.defaults().classify(s.score()).name().equals(band)).count();
                assertThat(row.getCell(BandCounts.FIRST_COLUMN + 1).getNumericCellValue()).isEqualTo(expectedSo);
                so += row.getCell(BandCounts.FIRST_COLUMN + 1).getNumericCellValue();
                xa += row.getCell(BandCounts.FIRST_COLUMN + 2).getNumericCellValue();
            }
            assertThat(so).isEqualTo(result.plan().agencies(vn.cchc.rollup.catalog.AgencyKind.SO).size());
            assertThat(xa).isEqualTo(result.plan().agencies(vn.cchc.rollup.catalog.AgencyKind.XA).size());
        }
    }

    private static int headerRow(Sheet sheet) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && "Mã".equals(row.getCell(0).getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no indicator header");
    }

    private static Workbook open(Agency agency) throws IOException {
        try (InputStream in = Files.newInputStream(AgencyScorecard.file(periodDir, agency))) {
            return WorkbookFactory.create(in);
        }
    }

    private static String text(Sheet sheet, int row, int column) {
        return new DataFormatter().formatCellValue(sheet.getRow(row).getCell(column));
    }
}
