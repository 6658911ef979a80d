package vn.cchc.rollup.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.rollup.TestDatabases;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.SourceRef;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.publish.AllPeriodsPublisher;
import vn.cchc.rollup.publish.PeriodContext;
import vn.cchc.rollup.publish.PeriodPublisher;
import vn.cchc.rollup.publish.QualityNotes;
import vn.cchc.rollup.score.PeriodResult;
import vn.cchc.rollup.score.Scope;
import vn.cchc.rollup.task.PlanExtras;

/** Trends over hand-made results of several periods, some with gaps. */
class TrendsTest {

    static final Period Q2_2025 = Period.quarter(2025, 2);
    static final Period Q1_2026 = Period.quarter(2026, 1);
    static final Period Q2_2026 = Period.quarter(2026, 2);
    static final Period H1_2026 = Period.half(2026, 1);

    final Plan plan = PlanLoader.builtIn();
    final AllPeriodsPublisher scorer = new AllPeriodsPublisher(plan, PlanExtras.defaults(),
            java.time.LocalDate.of(2026, 8, 1), java.time.ZoneOffset.UTC, TestDatabases.evaluationTable());

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "2026-Q2, 2026-Q1, 2025-Q2",
        "2026-Q1, 2025-Q4, 2025-Q1",
        "2026-H1, 2025-H2, 2025-H1",
        "2026-H2, 2026-H1, 2025-H2",
        "2026-M01, 2025-M12, 2025-M01",
        "2026-M07, 2026-M06, 2025-M07",
        "2026-9M, 2025-9M, 2025-9M",
        "2026, 2025, 2025"})
    void comparedPeriods(String period, String previous, String lastYear) {
        assertThat(TrendPeriods.previous(Period.ofCode(period))).isEqualTo(Period.ofCode(previous));
        assertThat(TrendPeriods.lastYear(Period.ofCode(period))).isEqualTo(Period.ofCode(lastYear));
    }

    @Test
    void valuesAreComparedWithThePreviousQuarterAndTheSameQuarterLastYear() {
        Trends trends = Trends.of(results().get(Q2_2026), results());

        assertThat(trends.hasPrevious()).isTrue();
        assertThat(trends.hasLastYear()).isTrue();
        TrendLine noivu = line(trends, TrendValues.AGENCY_INDICATOR, "SO-NOIVU", "TTHC-06");
        assertThat(noivu.current()).isEqualByComparingTo("90");
        assertThat(noivu.previous()).isEqualByComparingTo("80");
        assertThat(noivu.lastYear()).isEqualByComparingTo("95");
        assertThat(noivu.changeFromPrevious()).isEqualByComparingTo("10");
        assertThat(noivu.changeFromLastYear()).isEqualByComparingTo("-5");
        assertThat(noivu.fromPrevious()).isEqualTo(Direction.UP);
        assertThat(noivu.fromLastYear()).isEqualTo(Direction.DOWN);

        TrendLine noivuScore = line(trends, TrendValues.AGENCY_SCORE, "SO-NOIVU", "");
        assertThat(noivuScore.current()).isNotNull();
        assertThat(noivuScore.previous()).isNotNull();
        TrendLine soScore = line(trends, TrendValues.GROUP_SCORE, Scope.SO.name(), "");
        assertThat(soScore.current()).isEqualByComparingTo(results().get(Q2_2026).scopes().stream()
                .filter(s -> s.scope() == Scope.SO).findFirst().orElseThrow().score());
    }

    @Test
    void anAgencyOrAPeriodWithoutDataShowsAsMissing() {
        Trends q2 = Trends.of(results().get(Q2_2026), results());
        TrendLine tuphap = line(q2, TrendValues.AGENCY_SCORE, "SO-TUPHAP", "");
        assertThat(tuphap.current()).isNotNull();
        assertThat(tuphap.previous()).isNull();
        assertThat(tuphap.fromPrevious()).isEqualTo(Direction.NO_DATA);
        assertThat(tuphap.changeFromPrevious()).isNull();

        Trends q1 = Trends.of(results().get(Q1_2026), results());
        assertThat(q1.previous()).isEqualTo(Period.quarter(2025, 4));
        assertThat(q1.hasPrevious()).isFalse();
        assertThat(q1.hasLastYear()).isFalse();
        assertThat(q1.lines()).allMatch(l -> l.previous() == null && l.lastYear() == null);

        Trends h1 = Trends.of(results().get(H1_2026), results());
        assertThat(h1.hasPrevious()).isFalse();
        assertThat(h1.series(Scope.SO)).extracting(TrendPoint::period).containsExactly(H1_2026);
    }

    @Test
    void theChartSeriesHoldsThePeriodsOfTheSameKindUpToThePeriod() {
        Trends q2 = Trends.of(results().get(Q2_2026), results());
        assertThat(q2.series(Scope.SO)).extracting(TrendPoint::period).containsExactly(Q2_2025, Q1_2026, Q2_2026);
        assertThat(q2.series(Scope.XA)).hasSize(3);
        Trends q1 = Trends.of(results().get(Q1_2026), results());
        assertThat(q1.series(Scope.SO)).extracting(TrendPoint::period).containsExactly(Q2_2025, Q1_2026);
    }

    @Test
    void theWorkbookShowsArrowsMissingPeriodsAndTheTrendCharts() throws Exception {
        Map<Period, PeriodResult> results = results();
        PeriodResult q2 = results.get(Q2_2026);
        Path periodDir = dir.resolve(Q2_2026.code());
        Path workbookFile = new PeriodPublisher().publish(q2, QualityNotes.NONE,
                new PeriodContext(null, Trends.of(q2, results), null), periodDir);

        assertThat(periodDir.resolve("charts/xu-huong-khoi-so.png")).isNotEmptyFile();
        assertThat(periodDir.resolve("charts/xu-huong-khoi-xa.png")).isNotEmptyFile();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(workbookFile))) {
            XSSFSheet sheet = workbook.getSheet("Xu hướng");
            assertThat(sheet).isNotNull();
            DataFormatter text = new DataFormatter();
            assertThat(text.formatCellValue(sheet.getRow(1).getCell(0))).isEqualTo("Kỳ trước cùng loại: Quý I/2026");
            List<String> noivu = row(sheet, text, TrendValues.AGENCY_INDICATOR, "SO-NOIVU", "TTHC-06");
            assertThat(noivu.subList(5, 12)).containsExactly("90.00", "80.00", "10.00", "▲", "95.00", "-5.00", "▼");
            // nothing to compare (no Q1 value, no Q2 2025): the line stays in xu-huong.csv, not in the sheet
            assertThat(line(Trends.of(q2, results), TrendValues.AGENCY_SCORE, "SO-TUPHAP", "").fromPrevious())
                    .isEqualTo(vn.cchc.rollup.trend.Direction.NO_DATA);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> row(sheet, text, TrendValues.AGENCY_SCORE, "SO-TUPHAP", ""))
                    .isInstanceOf(AssertionError.class);
            XSSFDrawing drawing = sheet.getDrawingPatriarch();
            assertThat(drawing.getShapes()).hasSize(2);
        }
        // every line is in xu-huong.csv too, numbers in plain notation
        List<String> csv = Files.readAllLines(periodDir.resolve("xu-huong.csv"));
        assertThat(csv).hasSize(1 + Trends.of(q2, results).lines().size());
        assertThat(csv).anyMatch(line -> line.startsWith(TrendValues.AGENCY_INDICATOR + ",SO-NOIVU,")
                && line.contains(",TTHC-06,") && line.endsWith(",90,80,10,▲,95,-5,▼"));

        PeriodResult q1 = results.get(Q1_2026);
        Path q1File = new PeriodPublisher().publish(q1, QualityNotes.NONE,
                new PeriodContext(null, Trends.of(q1, results), null), dir.resolve(Q1_2026.code()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(q1File))) {
            assertThat(new DataFormatter().formatCellValue(workbook.getSheet("Xu hướng").getRow(1).getCell(0)))
                    .isEqualTo("Kỳ trước cùng loại: Quý IV/2025 (không có số liệu)");
        }
    }

    private static List<String> row(XSSFSheet sheet, DataFormatter text, String section, String subject, String item) {
        for (int r = 5; r <= sheet.getLastRowNum(); r++) {
            var row = sheet.getRow(r);
            if (row != null && section.equals(text.formatCellValue(row.getCell(0))) && subject.equals(text.formatCellValue(row.getCell(1)))
                    && item.equals(text.formatCellValue(row.getCell(3)))) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c <= 11; c++) {
                    cells.add(text.formatCellValue(row.getCell(c)));
                }
                return cells;
            }
        }
        throw new AssertionError("no row " + section + " " + subject + " " + item);
    }

    private static TrendLine line(Trends trends, String section, String subject, String item) {
        return trends.lines().stream()
                .filter(l -> l.item().section().equals(section) && l.item().subjectCode().equals(subject)
                        && l.item().itemCode().equals(item))
                .findFirst().orElseThrow();
    }

    /** SO-NOIVU reports TTHC-06 every quarter; SO-TUPHAP only in Quý II/2026; SO-NGOAIVU in 6 tháng. */
    private Map<Period, PeriodResult> results() {
        List<Fact> facts = List.of(
                fact("SO-NOIVU", Q2_2025, "TTHC-06", 95),
                fact("SO-NOIVU", Q1_2026, "TTHC-06", 80),
                fact("SO-NOIVU", Q2_2026, "TTHC-06", 90),
                fact("SO-TUPHAP", Q2_2026, "TTHC-06", 60),
                fact("SO-NGOAIVU", H1_2026, "TTHC-06", 85),
                fact(plan.agencies(vn.cchc.rollup.catalog.AgencyKind.XA).get(0).code(), Q2_2025, "TTHC-06", 70),
                fact(plan.agencies(vn.cchc.rollup.catalog.AgencyKind.XA).get(0).code(), Q1_2026, "TTHC-06", 75),
                fact(plan.agencies(vn.cchc.rollup.catalog.AgencyKind.XA).get(0).code(), Q2_2026, "TTHC-06", 99));
        return scorer.score(facts, List.of());
    }

    private static Fact fact(String agency, Period period, String indicator, double value) {
        return new Fact(agency, period, indicator, null, null, BigDecimal.valueOf(value), null,
                new SourceRef(agency + "-" + period.code() + ".xlsx", "Báo cáo!G6"));
    }
}
