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
            int top = AgencyScorecard.SCORE_ROW;
            assertThat(text(sheet, 0, 0)).isEqualTo("UBND TỈNH HÀ TĨNH");
            assertThat(text(sheet, 0, 2)).isEqualTo(OfficialDocument.MOTTO);
            assertThat(text(sheet, 5, 0)).isEqualTo("KẾT QUẢ CẢI CÁCH HÀNH CHÍNH QUÝ I/2026");
            assertThat(text(sheet, 6, 0)).contains("Quý I/2026").contains(agency.code()).contains(agency.name());
            // the score as shown: 2 decimals, half up; the band of that rounded score
            java.math.BigDecimal shown = best.score().setScale(2, java.math.RoundingMode.HALF_UP);
            assertThat(sheet.getRow(top).getCell(2).getNumericCellValue()).isEqualTo(shown.doubleValue());
            assertThat(text(sheet, top + 1, 2)).startsWith("1/");
            assertThat(text(sheet, top + 2, 2)).isEqualTo(BandScale.defaults().classify(shown).name());
            // its own points, not the kind's or the province's averages (those are in the summary workbook)
            assertThat(text(sheet, top + 3, 1)).isEqualTo("Điểm đạt");
            assertThat(sheet.getRow(top + 3).getCell(2).getNumericCellValue())
                    .isCloseTo(best.earned().doubleValue(), org.assertj.core.data.Offset.offset(0.005));
            assertThat(text(sheet, top + 4, 1)).isEqualTo("Điểm tối đa");
            assertThat(sheet.getRow(top + 4).getCell(2).getNumericCellValue())
                    .isCloseTo(best.possible().doubleValue(), org.assertj.core.data.Offset.offset(0.005));
            double earnedByArea = 0;
            for (int r = top + 1; r <= top + result.plan().areas().size(); r++) {
                earnedByArea += sheet.getRow(r).getCell(6).getNumericCellValue();
                java.math.BigDecimal areaScore = best.areaScores().get(result.plan().areas().get(r - top - 1).code());
                if (areaScore != null) {
                    assertThat(sheet.getRow(r).getCell(8).getNumericCellValue())
                            .isCloseTo(areaScore.doubleValue(), org.assertj.core.data.Offset.offset(0.005));
                }
            }
            assertThat(earnedByArea).isCloseTo(best.earned().doubleValue(), org.assertj.core.data.Offset.offset(0.05));
            assertThat(texts(sheet)).contains(AgencyScorecard.COMPARISON.formatted("toàn tỉnh"))
                    .doesNotContain("Khối", "Toàn tỉnh", "Điểm khối sở, ban, ngành");

            List<Evaluation> own = result.evaluations().stream().filter(e -> e.agency().equals(agency)).toList();
            int header = headerRow(sheet);
            for (int i = 0; i < own.size(); i++) {
                Row row = sheet.getRow(header + 1 + i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(own.get(i).indicator().code());
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo(own.get(i).status().label());
                assertThat(row.getCell(5).getNumericCellValue())
                        .isCloseTo(own.get(i).points().doubleValue(), org.assertj.core.data.Offset.offset(0.005));
                // points centred: right-aligned, "4.00" ran into "Cách xác định" on the printed page
                assertThat(row.getCell(6).getCellStyle().getAlignment())
                        .isEqualTo(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
            }
            assertThat(sheet.getRow(header + 1 + own.size())).isNull();
            String end = text(sheet, sheet.getLastRowNum(), 6);
            assertThat(end).as("signature block: the name left blank").isEmpty();
            assertThat(texts(sheet)).contains("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nơi nhận:");
        }
    }

    @Test
    void theKeyChangesWithAnythingTheScorecardShowsAndOnlyThen() {
        // an agency with values and a task catalogue
        Agency agency = result.plan().agencies().stream()
                .filter(a -> !TaskCatalogueLoader.builtIn().tasksFor(a).isEmpty())
                .filter(a -> result.evaluations().stream().anyMatch(e -> e.agency().equals(a) && e.fact() != null))
                .findFirst().orElseThrow();
        List<vn.cchc.rollup.task.TaskStatus> tasks = new vn.cchc.rollup.task.TaskEvaluator(result.period(), List.of())
                .evaluate(agency, TaskCatalogueLoader.builtIn().tasksFor(agency));
        ScorecardContent content = new AgencyScorecard(BandScale.defaults(), result).content(agency, tasks);
        ScorecardContent again = new AgencyScorecard(BandScale.defaults(), PublishFixture.periodResult()).content(agency,
                new vn.cchc.rollup.task.TaskEvaluator(result.period(), List.of())
                        .evaluate(agency, TaskCatalogueLoader.builtIn().tasksFor(agency)));
        assertThat(again.key()).as("same content, other objects").isEqualTo(content.key());

        Evaluation first = content.evaluations().stream().filter(e -> e.fact() != null).findFirst().orElseThrow();
        var fact = first.fact();
        List<ScorecardContent> variations = List.of(
                with(content, content.score().add(java.math.BigDecimal.ONE), content.rank(), content.evaluations()),
                with(content, content.score(), content.rank() + 1, content.evaluations()),
                with(content, content.score(), content.rank(), replaced(content, first, new Evaluation(first.agency(), first.indicator(),
                        first.period(), new vn.cchc.rollup.intake.Fact(fact.agencyCode(), fact.period(), fact.indicatorCode(),
                        fact.numerator(), fact.denominator(), fact.value().add(java.math.BigDecimal.ONE), fact.note(), fact.source()),
                        first.target(), first.status(), first.points()))),
                with(content, content.score(), content.rank(), replaced(content, first, new Evaluation(first.agency(), first.indicator(),
                        first.period(), new vn.cchc.rollup.intake.Fact(fact.agencyCode(), fact.period(), fact.indicatorCode(),
                        fact.numerator(), fact.denominator(), fact.value(), fact.note(),
                        new vn.cchc.rollup.intake.SourceRef("khac.xlsx", "B7")), first.target(), first.status(), first.points()))),
                with(content, content.score(), content.rank(), replaced(content, first, new Evaluation(first.agency(), first.indicator(),
                        first.period(), new vn.cchc.rollup.intake.Fact(fact.agencyCode(), fact.period(), fact.indicatorCode(),
                        fact.numerator(), fact.denominator(), fact.value(), fact.note(),
                        new vn.cchc.rollup.intake.SourceRef(fact.source().file(), "Z99")), first.target(), first.status(), first.points()))),
                with(content, content.score(), content.rank(), replaced(content, first, new Evaluation(first.agency(), first.indicator(),
                        first.period(), new vn.cchc.rollup.intake.Fact(fact.agencyCode(), fact.period(), fact.indicatorCode(),
                        fact.numerator(), fact.denominator(), fact.value(), "ghi chú khác", fact.source()),
                        first.target(), first.status(), first.points()))),
                with(content, content.score(), content.rank(), replaced(content, first, new Evaluation(first.agency(), first.indicator(),
                        first.period(), new vn.cchc.rollup.intake.Fact(fact.agencyCode(), fact.period(), fact.indicatorCode(),
                        java.math.BigDecimal.ONE, java.math.BigDecimal.TEN, fact.value(), fact.note(), fact.source()),
                        first.target(), first.status(), first.points()))),
                with(content, content.score(), content.rank(), replaced(content, first, new Evaluation(first.agency(), first.indicator(),
                        first.period(), null, first.target(), first.status(), first.points()))),
                with(content, content.score(), content.rank(), replaced(content, first, new Evaluation(first.agency(), first.indicator(),
                        first.period(), fact, first.target(), first.status(), java.math.BigDecimal.ZERO))),
                new ScorecardContent(content.period(), content.agency(), content.score(), content.areaScores(), content.rank(),
                        content.peers(), content.reported(), content.evaluations(),
                        List.of(new vn.cchc.rollup.intake.Reject(new vn.cchc.rollup.intake.SourceRef("x.xlsx", "C3"),
                                vn.cchc.rollup.intake.ReasonCode.values()[0], "lỗi")), content.tasks()),
                new ScorecardContent(content.period(), content.agency(), content.score(), content.areaScores(), content.rank(),
                        content.peers(), content.reported(), content.evaluations(), content.problems(),
                        content.tasks().subList(1, content.tasks().size())));
        for (ScorecardContent variation : variations) {
            assertThat(variation.key()).isNotEqualTo(content.key());
        }
    }

    @Test
    void theKeyNamesTheEvaluationsItShowsByTheDigestMadeWhenThePeriodWasScored() {
        for (Agency agency : result.plan().agencies()) {
            ScorecardContent content = new AgencyScorecard(BandScale.defaults(), result).content(agency, List.of());
            assertThat(content.evaluationsDigest()).as(agency.code())
                    .isEqualTo(vn.cchc.rollup.score.EvaluationDigests.of(content.evaluations()).shownOf(agency.code()))
                    .isEqualTo(result.evaluationDigest(agency));
        }
    }

    private static ScorecardContent with(ScorecardContent c, java.math.BigDecimal score, int rank, List<Evaluation> evaluations) {
        return new ScorecardContent(c.period(), c.agency(), score, c.areaScores(), rank, c.peers(), c.reported(), evaluations,
                c.problems(), c.tasks());
    }

    private static List<Evaluation> replaced(ScorecardContent c, Evaluation old, Evaluation replacement) {
        return c.evaluations().stream().map(e -> e == old ? replacement : e).toList();
    }

    @Test
    void taskSheetListsTheCatalogueWithStatuses() throws IOException {
        Agency ngoaiVu = result.plan().agency("SO-NGOAIVU").orElseThrow();
        try (Workbook workbook = open(ngoaiVu)) {
            Sheet tasks = workbook.getSheet(AgencyScorecard.TASK_SHEET);
            int first = AgencyScorecard.TASK_HEADER_ROW + 1;
            assertThat(tasks.getLastRowNum()).isEqualTo(first + 43);
            assertThat(text(tasks, first, 0)).isEqualTo("2.1");
            assertThat(text(tasks, first, 5)).isEqualTo("Hoàn thành đúng hạn");
            assertThat(text(tasks, first, 6)).isEqualTo("20/01/2026");
            assertThat(text(tasks, first, 7)).isEqualTo("Kế hoạch số 15/KH-SNgV");
            assertThat(text(tasks, first + 1, 5)).isEqualTo("Hoàn thành chậm"); // due 31/03, done 01/04
            assertThat(text(tasks, first + 9, 0)).isEqualTo("2.10");
            assertThat(text(tasks, first + 9, 4)).isEqualTo("30/09/2026");
            assertThat(text(tasks, first + 9, 5)).isEqualTo("Chưa đến hạn");
        }
        Agency noTasks = result.plan().agency("SO-NOIVU").orElseThrow();
        try (Workbook workbook = open(noTasks)) {
            assertThat(workbook.getSheet(AgencyScorecard.TASK_SHEET)).as("no sheet for one sentence").isNull();
            assertThat(texts(workbook.getSheet(AgencyScorecard.RESULT_SHEET))).contains(AgencyScorecard.NO_TASKS);
        }
    }

    @Test
    void theLetterListsOnlyTheTasksNeedingAttentionAndTheFullListIsNotPrinted() throws IOException {
        Agency ngoaiVu = result.plan().agency("SO-NGOAIVU").orElseThrow();
        try (Workbook workbook = open(ngoaiVu)) {
            Sheet tasks = workbook.getSheet(AgencyScorecard.TASK_SHEET);
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex(tasks))).as("hidden sheets do not print").isTrue();
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex(AgencyScorecard.RESULT_SHEET))).isFalse();
            List<String> attention = new java.util.ArrayList<>();
            List<String> others = new java.util.ArrayList<>();
            for (int r = AgencyScorecard.TASK_HEADER_ROW + 1; r <= tasks.getLastRowNum(); r++) {
                String status = text(tasks, r, 5);
                boolean needsAttention = status.equals("Hoàn thành chậm") || status.startsWith("Quá hạn")
                        || status.equals("Thường xuyên – chưa báo cáo");
                (needsAttention ? attention : others).add(text(tasks, r, 0));
            }
            assertThat(attention).isNotEmpty();
            Sheet result = workbook.getSheet(AgencyScorecard.RESULT_SHEET);
            int columns = result.getRow(headerRow(result)).getLastCellNum();
            // nothing printed beside the letter: every row within the indicator table's columns
            result.forEach(row -> assertThat(row.getLastCellNum()).as("row %d", row.getRowNum() + 1).isLessThanOrEqualTo((short) columns));
            List<String> letter = texts(workbook.getSheet(AgencyScorecard.RESULT_SHEET));
            assertThat(letter).contains(AgencyScorecard.TASKS_TITLE).containsAll(attention).doesNotContainAnyElementsOf(others)
                    .anyMatch(t -> t.startsWith("Tổng số " + (attention.size() + others.size()) + " nhiệm vụ – "))
                    .anyMatch(t -> t.startsWith(AgencyScorecard.ATTENTION_TITLE + " (" + attention.size() + ")"));
        }
    }

    @Test
    void dataQualitySheetHoldsOnlyTheProblemsOfTheAgencysFiles() throws IOException {
        for (Agency agency : result.plan().agencies()) {
            List<String> files = result.evaluations().stream().filter(e -> e.agency().equals(agency))
                    .filter(e -> e.fact() != null).map(e -> e.fact().source().file()).distinct().toList();
            long expected = result.rejects().stream().filter(r -> files.contains(r.source().file())).count();
            try (Workbook workbook = open(agency)) {
                // under the indicator table of the result sheet, not on a page of its own
                Sheet sheet = workbook.getSheet(AgencyScorecard.RESULT_SHEET);
                int header = headerRow(sheet);
                int below = header + 2 + (int) result.evaluations().stream().filter(e -> e.agency().equals(agency)).count();
                if (expected == 0) {
                    assertThat(text(sheet, below, 0)).isEqualTo(AgencyScorecard.NO_PROBLEMS);
                } else {
                    assertThat(text(sheet, below, 0)).isEqualTo(AgencyScorecard.QUALITY_TITLE);
                    for (int r = below + 2; r < below + 2 + expected; r++) {
                        assertThat(files).contains(text(sheet, r, 0));
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
                        .filter(s -> s.reported())
                        .filter(s -> BandScale.defaults().classify(s.score().setScale(2, java.math.RoundingMode.HALF_UP))
                                .name().equals(band)).count();
                assertThat(row.getCell(BandCounts.FIRST_COLUMN + 1).getNumericCellValue()).isEqualTo(expectedSo);
                so += row.getCell(BandCounts.FIRST_COLUMN + 1).getNumericCellValue();
                xa += row.getCell(BandCounts.FIRST_COLUMN + 2).getNumericCellValue();
            }
            // agencies that did not report have their own line, not "Yếu"
            Row silent = overview.getRow(BandCounts.HEADER_ROW + 1 + names.size());
            assertThat(silent.getCell(BandCounts.FIRST_COLUMN).getStringCellValue()).isEqualTo("Chưa báo cáo");
            assertThat(silent.getCell(BandCounts.FIRST_COLUMN + 1).getNumericCellValue()).isEqualTo(1);
            assertThat(silent.getCell(BandCounts.FIRST_COLUMN + 2).getNumericCellValue()).isEqualTo(1);
            so += silent.getCell(BandCounts.FIRST_COLUMN + 1).getNumericCellValue();
            xa += silent.getCell(BandCounts.FIRST_COLUMN + 2).getNumericCellValue();
            assertThat(so).isEqualTo(result.plan().agencies(vn.cchc.rollup.catalog.AgencyKind.SO).size());
            assertThat(xa).isEqualTo(result.plan().agencies(vn.cchc.rollup.catalog.AgencyKind.XA).size());
        }
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new java.util.ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        sheet.forEach(row -> row.forEach(cell -> texts.add(formatter.formatCellValue(cell))));
        return texts;
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
