package vn.cchc.rollup.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cchc.rollup.score.Facts.assertNumber;
import static vn.cchc.rollup.score.Facts.assertRounded;
import static vn.cchc.rollup.score.Facts.ratio;
import static vn.cchc.rollup.score.Facts.value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cchc.rollup.TestDatabases;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.AgencyKind;
import vn.cchc.rollup.catalog.Applicability;
import vn.cchc.rollup.catalog.Area;
import vn.cchc.rollup.catalog.Comparator;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.catalog.RollupMethod;
import vn.cchc.rollup.catalog.TargetBasis;
import vn.cchc.rollup.catalog.Unit;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.ReasonCode;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.intake.SourceRef;
import vn.cchc.rollup.normalize.Period;

/**
 * Whole-period scoring on the built-in Hà Tĩnh plan: 15 Sở with 28 indicators (100 points, 90 due
 * in a quarter: CDDH-03, TCBM-01 and TCC-02 are judged yearly) and 30 xã with 21 indicators
 * (78 points, 73 due in a quarter: TCBM-01 is yearly).
 */
class PeriodScorerTest {

    private static final Plan PLAN = PlanLoader.builtIn();
    private static final EvaluationTable TABLE = TestDatabases.evaluationTable();
    private static final Period Q1 = Period.quarter(2026, 1);
    private static final Period YEAR = Period.year(2026);

    @Test
    void evaluatesEveryApplicableAgencyAndIndicatorInRegistryThenCatalogueOrder() {
        PeriodResult result = PeriodScorer.score(PLAN, Q1, List.of(), PreviousValues.none(), List.of(), TABLE);

        List<Evaluation> evaluations = result.evaluations();
        assertEquals(15 * 28 + 30 * 21, evaluations.size());
        assertEquals("SO-NOIVU CDDH-01", describe(evaluations.get(0)));
        assertEquals("SO-NOIVU CDDH-02", describe(evaluations.get(1)));
        assertEquals("SO-NOIVU CQS-05", describe(evaluations.get(27)));
        assertEquals("SO-TAICHINH CDDH-01", describe(evaluations.get(28)));
        // the first xã: CDDH-01 and CDDH-03 are for Sở only
        assertEquals("PH-THANHSEN CDDH-02", describe(evaluations.get(420)));
        assertEquals("PH-THANHSEN CDDH-04", describe(evaluations.get(421)));
        assertEquals("XA-KYANH CQS-05", describe(evaluations.get(evaluations.size() - 1)));
        assertTrue(evaluations.stream().allMatch(e -> e.period().equals(Q1)));

        Map<Status, Long> byStatus = evaluations.stream()
                .collect(Collectors.groupingBy(Evaluation::status, Collectors.counting()));
        assertEquals(Map.of(Status.NOT_DUE, 15L * 3 + 30, Status.MISSING, 1050L - 75), byStatus);
    }

    @Test
    void agencyWithNothingReportedScoresZeroAndIsListedAsNotReported() {
        Reject reject = new Reject(new SourceRef("so-noi-vu.xlsx", ""), ReasonCode.UNREADABLE_FILE, "Tệp bị hỏng");
        PeriodResult result = PeriodScorer.score(PLAN, Q1,
                List.of(value("SO-NOIVU", Q1, "TTHC-05", "80")), PreviousValues.none(), List.of(reject), TABLE);

        AgencyScore taiChinh = score(result, "SO-TAICHINH");
        assertNumber("0", taiChinh.score(), "score");
        assertNumber("0", taiChinh.earned(), "earned");
        assertNumber("90", taiChinh.possible(), "possible: missing indicators count");
        assertFalse(taiChinh.reported());
        assertNumber("73", score(result, "PH-THANHSEN").possible(), "xã possible");

        assertEquals(PLAN.agencies().subList(1, 45), result.notReported());
        assertTrue(score(result, "SO-NOIVU").reported());
        assertEquals(List.of(reject), result.rejects());
        assertSame(PLAN, result.plan());
        assertEquals(Q1, result.period());
    }

    @Test
    void missingIndicatorsCountInPossiblePointsAndNotDueOnesDoNot() {
        List<Fact> facts = List.of(
                value("SO-NOIVU", Q1, "TTHC-05", "60"),     // 4 × 60/80 = 3
                value("SO-NOIVU", Q1, "TTHC-06", "99.5"),   // met: 4
                value("SO-NOIVU", Q1, "CDDH-04", "3"),      // 3 × 3/6 = 1.5
                value("SO-NOIVU", Q1, "CDDH-03", "1"));     // yearly: not due, kept
        PeriodResult result = PeriodScorer.score(PLAN, Q1, facts, PreviousValues.none(), List.of(), TABLE);

        AgencyScore noiVu = score(result, "SO-NOIVU");
        assertNumber("8.5", noiVu.earned(), "earned");
        assertNumber("90", noiVu.possible(), "possible");
        assertRounded("9.4444444444", noiVu.score(), "score = 8.5 / 90 × 100");
        assertEquals(7, noiVu.areaScores().size());
        assertNumber("28", noiVu.areaScores().get("TTHC"), "TTHC: 7 / 25");
        assertRounded("11.5384615385", noiVu.areaScores().get("CDDH"), "CDDH: 1.5 / (15 − 2)");
        assertNumber("0", noiVu.areaScores().get("TCBM"), "TCBM: 0 / 5, TCBM-01 not due");
        assertNumber("0", noiVu.areaScores().get("CQS"), "CQS");

        Evaluation innovation = evaluation(result, "SO-NOIVU", "CDDH-03");
        assertEquals(Status.NOT_DUE, innovation.status());
        assertSame(facts.get(3), innovation.fact());
    }

    @Test
    void annualPeriodJudgesYearlyIndicators() {
        PeriodResult result = PeriodScorer.score(PLAN, YEAR, List.of(
                        value("SO-NOIVU", YEAR, "CDDH-03", "1"),
                        value("SO-NOIVU", YEAR, "TCC-02", "45"),
                        value("SO-TAICHINH", YEAR, "TCC-02", "45"),
                        value("XA-DUCTHO", YEAR, "TCBM-01", "1")),
                (agency, indicator) -> agency.equals("SO-NOIVU") && indicator.equals("TCC-02")
                        ? Optional.of(new BigDecimal("40")) : Optional.empty(),
                List.of(), TABLE);

        assertEquals(Status.MET, evaluation(result, "SO-NOIVU", "CDDH-03").status());
        assertEquals(Status.MET, evaluation(result, "SO-NOIVU", "TCC-02").status());
        Evaluation noBaseline = evaluation(result, "SO-TAICHINH", "TCC-02");
        assertEquals(Status.NOT_MET, noBaseline.status());
        assertNull(noBaseline.target());
        assertTrue(result.evaluations().stream().noneMatch(e -> e.status() == Status.NOT_DUE));

        AgencyScore noiVu = score(result, "SO-NOIVU");
        assertNumber("5", noiVu.earned(), "2 + 3");
        assertNumber("100", noiVu.possible(), "possible");
        assertNumber("5", noiVu.score(), "score");
        AgencyScore ducTho = score(result, "XA-DUCTHO");
        assertNumber("78", ducTho.possible(), "xã possible for the year");
        assertRounded("6.4102564103", ducTho.score(), "5 / 78");
    }

    @Test
    void ranksWithinKindWithCompetitionRankingOnScoresRoundedToTwoDecimals() {
        List<Fact> facts = List.of(
                value("SO-NOIVU", Q1, "TTHC-05", "80"),                 // 4
                value("SO-NOIVU", Q1, "TTHC-06", "99.5"),               // 4 → 8.89
                ratio("SO-TAICHINH", Q1, "TTHC-05", "80", "100"),       // 4 → 4.4444 → 4.44
                ratio("SO-TUPHAP", Q1, "TTHC-05", "79999", "100000"),   // 3.99995 → 4.44439 → 4.44
                value("SO-NGOAIVU", Q1, "TTHC-05", "60"),               // 3 → 3.33
                value("XA-DUCTHO", Q1, "TTHC-05", "80"));               // 4 / 73 → 5.48
        PeriodResult result = PeriodScorer.score(PLAN, Q1, facts, PreviousValues.none(), List.of(), TABLE);

        assertEquals(PLAN.agencies(), result.scores().stream().map(AgencyScore::agency).toList());
        assertTrue(score(result, "SO-TUPHAP").score().compareTo(score(result, "SO-TAICHINH").score()) < 0);
        List<Integer> soRanks = result.scores().stream()
                .filter(s -> s.agency().kind() == AgencyKind.SO).map(AgencyScore::rank).toList();
        assertEquals(List.of(1, 2, 2, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5), soRanks);

        // xã are ranked among themselves: the best xã is first although below several Sở
        assertEquals(1, score(result, "XA-DUCTHO").rank());
        assertTrue(result.scores().stream()
                .filter(s -> s.agency().kind() == AgencyKind.XA && !s.agency().code().equals("XA-DUCTHO"))
                .allMatch(s -> s.rank() == 2));
    }

    @Test
    void scopeScoresAreWeightedByPointsNotMeansOfAgencyScores() {
        List<Fact> facts = List.of(
                value("SO-NOIVU", Q1, "TTHC-05", "80"),
                value("SO-NOIVU", Q1, "TTHC-06", "99.5"),
                ratio("SO-TAICHINH", Q1, "TTHC-05", "80", "100"),
                ratio("SO-TUPHAP", Q1, "TTHC-05", "79999", "100000"),
                value("SO-NGOAIVU", Q1, "TTHC-05", "60"),
                value("XA-DUCTHO", Q1, "TTHC-05", "80"));
        PeriodResult result = PeriodScorer.score(PLAN, Q1, facts, PreviousValues.none(), List.of(), TABLE);

        Map<Scope, ScopeScore> scopes = result.scopes().stream()
                .collect(Collectors.toMap(ScopeScore::scope, Function.identity()));
        assertEquals(List.of(Scope.SO, Scope.XA, Scope.PROVINCE),
                result.scopes().stream().map(ScopeScore::scope).toList());
        assertEquals(15, scopes.get(Scope.SO).agencies());
        assertEquals(30, scopes.get(Scope.XA).agencies());
        assertEquals(45, scopes.get(Scope.PROVINCE).agencies());

        // Sở: 18.99995 earned of 15 × 90 = 1350
        assertRounded("1.4074037037", scopes.get(Scope.SO).score(), "SO");
        assertRounded("5.0666533333", scopes.get(Scope.SO).areaScores().get("TTHC"), "SO TTHC: of 15 × 25");
        // xã: 4 of 30 × 73 = 2190
        assertRounded("0.1826484018", scopes.get(Scope.XA).score(), "XA");
        assertRounded("0.5333333333", scopes.get(Scope.XA).areaScores().get("TTHC"), "XA TTHC: of 30 × 25");
        // province: 22.99995 of 3540; the mean of the 45 agency scores would be 0.5909…
        assertRounded("0.6497161017", scopes.get(Scope.PROVINCE).score(), "PROVINCE");
        assertEquals(7, scopes.get(Scope.PROVINCE).areaScores().size());
    }

    @Test
    void areaWithNothingDueHasNoAreaScore() {
        Plan plan = new Plan("Thử", List.of(
                        new Agency("SO-A", "Sở A", AgencyKind.SO, List.of()),
                        new Agency("XA-B", "Xã B", AgencyKind.XA, List.of())),
                List.of(new Area("YA", "Lĩnh vực hằng năm", BigDecimal.TEN),
                        new Area("QB", "Lĩnh vực hằng quý", BigDecimal.TEN)),
                List.of(new Indicator("YA-01", "YA", "Số sáng kiến", Unit.COUNT, Comparator.GE, BigDecimal.ONE,
                                Applicability.ALL, RollupMethod.SUM, TargetBasis.YEAR, BigDecimal.TEN, List.of()),
                        new Indicator("QB-01", "QB", "Tỷ lệ hồ sơ", Unit.PERCENT, Comparator.GE,
                                BigDecimal.valueOf(100), Applicability.SO, RollupMethod.RATIO, TargetBasis.PERIOD,
                                BigDecimal.TEN, List.of())));
        PeriodResult result = PeriodScorer.score(plan, Q1,
                List.of(value("SO-A", Q1, "QB-01", "50"), value("XA-B", Q1, "YA-01", "2")),
                PreviousValues.none(), List.of(), TABLE);

        AgencyScore soA = result.scores().get(0);
        assertNumber("50", soA.areaScores().get("QB"), "QB: 5 of 10");
        assertEquals(1, soA.areaScores().size());
        AgencyScore xaB = result.scores().get(1);
        assertNumber("0", xaB.possible(), "only a yearly indicator applies");
        assertNumber("0", xaB.score(), "score with nothing due");
        assertTrue(xaB.areaScores().isEmpty());
        assertTrue(xaB.reported(), "a not-due value still counts as reported");
        assertTrue(result.notReported().isEmpty());
        ScopeScore xaScope = result.scopes().get(1);
        assertEquals(Scope.XA, xaScope.scope());
        assertNumber("0", xaScope.score(), "XA scope");
        assertTrue(xaScope.areaScores().isEmpty());
    }

    @Test
    void ignoresFactsOfOtherPeriodsUnknownCodesAndIndicatorsThatDoNotApply() {
        List<Fact> facts = List.of(
                value("SO-NOIVU", Period.quarter(2026, 2), "TTHC-05", "80"),
                value("SO-KHONGCO", Q1, "TTHC-05", "80"),
                value("SO-TAICHINH", Q1, "XX-99", "80"),
                value("XA-DUCTHO", Q1, "CDDH-01", "100"));   // an indicator for Sở only
        PeriodResult result = PeriodScorer.score(PLAN, Q1, facts, PreviousValues.none(), List.of(), TABLE);

        assertEquals(1050, result.evaluations().size());
        assertTrue(result.evaluations().stream().allMatch(e -> e.fact() == null));
        assertEquals(PLAN.agencies(), result.notReported());
    }

    static AgencyScore score(PeriodResult result, String agencyCode) {
        return result.scores().stream().filter(s -> s.agency().code().equals(agencyCode)).findFirst().orElseThrow();
    }

    static Evaluation evaluation(PeriodResult result, String agencyCode, String indicatorCode) {
        return result.evaluations().stream()
                .filter(e -> e.agency().code().equals(agencyCode) && e.indicator().code().equals(indicatorCode))
                .findFirst().orElseThrow();
    }

    private static String describe(Evaluation evaluation) {
        return evaluation.agency().code() + " " + evaluation.indicator().code();
    }
}
