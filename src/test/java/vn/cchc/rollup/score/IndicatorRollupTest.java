package vn.cchc.rollup.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.cchc.rollup.score.Facts.assertNumber;
import static vn.cchc.rollup.score.Facts.assertRounded;
import static vn.cchc.rollup.score.Facts.ratio;
import static vn.cchc.rollup.score.Facts.value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cchc.rollup.TestDatabases;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.normalize.Period;

/** Indicator figures per scope on the built-in plan (15 Sở, 30 xã). */
class IndicatorRollupTest {

    private static final Plan PLAN = PlanLoader.builtIn();
    private static final EvaluationTable TABLE = TestDatabases.evaluationTable();
    private static final Period Q1 = Period.quarter(2026, 1);
    private static final Period YEAR = Period.year(2026);

    @Test
    void oneRollupPerIndicatorAndScopeWhereItApplies() {
        PeriodResult result = scoreQ1(List.of());

        // 21 indicators for everyone × 3 scopes, 7 for Sở only × (SO, PROVINCE)
        assertEquals(21 * 3 + 7 * 2, result.rollups().size());
        assertEquals(List.of("CDDH-01 SO", "CDDH-01 PROVINCE", "CDDH-02 SO", "CDDH-02 XA", "CDDH-02 PROVINCE"),
                result.rollups().subList(0, 5).stream()
                        .map(r -> r.indicator().code() + " " + r.scope()).toList());
    }

    @Test
    void ratesAreSumOfNumeratorsOverSumOfDenominatorsNeverAMeanOfPercents() {
        PeriodResult result = scoreQ1(List.of(
                ratio("SO-NOIVU", Q1, "TTHC-05", "1", "10"),       // 10 %, not met
                ratio("SO-TAICHINH", Q1, "TTHC-05", "90", "100"),  // 90 %, met
                value("SO-TUPHAP", Q1, "TTHC-05", "50"),           // no tử số / mẫu số: not in the rate
                value("XA-DUCTHO", Q1, "TTHC-05", "85"),
                ratio("XA-DUCDONG", Q1, "TTHC-05", "30", "40")));  // 75 %, not met

        IndicatorRollup so = rollup(result, "TTHC-05", Scope.SO);
        assertRounded("82.7272727273", so.value(), "91 / 110, not (10 + 90) / 2 = 50");
        assertNumber("91", so.numerator(), "Σ tử số");
        assertNumber("110", so.denominator(), "Σ mẫu số");
        assertCounts(so, 15, 1, 2, 12, 0, 1);
        assertEquals(3, so.reported());

        IndicatorRollup xa = rollup(result, "TTHC-05", Scope.XA);
        assertNumber("75", xa.value(), "30 / 40");
        assertCounts(xa, 30, 1, 1, 28, 0, 1);

        IndicatorRollup province = rollup(result, "TTHC-05", Scope.PROVINCE);
        assertRounded("80.6666666667", province.value(), "121 / 150");
        assertNumber("121", province.numerator(), "Σ tử số");
        assertNumber("150", province.denominator(), "Σ mẫu số");
        assertCounts(province, 45, 2, 3, 40, 0, 2);
    }

    @Test
    void rateWithoutAnyNumeratorAndDenominatorHasNoValue() {
        PeriodResult result = scoreQ1(List.of(value("SO-NOIVU", Q1, "TTHC-06", "99.5")));

        IndicatorRollup valueOnly = rollup(result, "TTHC-06", Scope.SO);
        assertNull(valueOnly.value());
        assertNull(valueOnly.numerator());
        assertNull(valueOnly.denominator());
        assertCounts(valueOnly, 15, 1, 0, 14, 0, 1);

        IndicatorRollup nobody = rollup(result, "TTHC-06", Scope.XA);
        assertNull(nobody.value());
        assertNull(nobody.numerator());
        assertCounts(nobody, 30, 0, 0, 30, 0, 0);
    }

    @Test
    void countsAreSummed() {
        PeriodResult result = scoreQ1(List.of(
                value("SO-NOIVU", Q1, "CDDH-04", "6"),
                value("SO-TAICHINH", Q1, "CDDH-04", "3"),
                value("XA-DUCTHO", Q1, "CDDH-04", "10")));

        assertNumber("9", rollup(result, "CDDH-04", Scope.SO).value(), "SO");
        assertNumber("10", rollup(result, "CDDH-04", Scope.XA).value(), "XA");
        IndicatorRollup province = rollup(result, "CDDH-04", Scope.PROVINCE);
        assertNumber("19", province.value(), "PROVINCE");
        assertNull(province.numerator());
        assertCounts(province, 45, 2, 1, 42, 0, 0);
        assertNull(rollup(result, "CDDH-01", Scope.SO).value(), "nobody reported");
    }

    @Test
    void meansAreArithmeticMeansOfValues() {
        PeriodResult result = PeriodScorer.score(PLAN, YEAR, List.of(
                        value("SO-NOIVU", YEAR, "TCC-02", "40"),
                        value("SO-TAICHINH", YEAR, "TCC-02", "45"),
                        value("SO-TUPHAP", YEAR, "TCC-02", "50.5")),
                (agency, indicator) -> Optional.of(new BigDecimal("42")), List.of(), TABLE);

        IndicatorRollup so = rollup(result, "TCC-02", Scope.SO);
        assertRounded("45.1666666667", so.value(), "135.5 / 3");
        assertCounts(so, 15, 2, 1, 12, 0, 0);
        assertEquals(0, result.rollups().stream()
                .filter(r -> r.indicator().code().equals("TCC-02") && r.scope() == Scope.XA).count());
    }

    @Test
    void yesNoRollsUpAsTheShareAnsweringYes() {
        PeriodResult result = scoreQ1(List.of(
                value("SO-NOIVU", Q1, "TCC-01", "1"),
                value("SO-TAICHINH", Q1, "TCC-01", "0"),
                value("XA-DUCTHO", Q1, "TCC-01", "1"),
                value("XA-DUCDONG", Q1, "TCC-01", "1")));

        IndicatorRollup province = rollup(result, "TCC-01", Scope.PROVINCE);
        assertNumber("75", province.value(), "3 yes of 4");
        assertCounts(province, 45, 3, 1, 41, 0, 0);
        assertNumber("50", rollup(result, "TCC-01", Scope.SO).value(), "SO");
        assertNumber("100", rollup(result, "TCC-01", Scope.XA).value(), "XA");
    }

    @Test
    void notDueValuesAreShownAndCountedAsNotDue() {
        PeriodResult result = scoreQ1(List.of(
                value("SO-NOIVU", Q1, "TCBM-01", "1"),
                value("XA-DUCTHO", Q1, "TCBM-01", "0")));

        IndicatorRollup province = rollup(result, "TCBM-01", Scope.PROVINCE);
        assertNumber("50", province.value(), "1 yes of 2, shown before the annual report");
        assertCounts(province, 45, 0, 0, 0, 45, 0);
        assertEquals(45, province.reported(), "reported = applicable − missing");
    }

    private static PeriodResult scoreQ1(List<Fact> facts) {
        return PeriodScorer.score(PLAN, Q1, facts, PreviousValues.none(), List.of(), TABLE);
    }

    private static IndicatorRollup rollup(PeriodResult result, String indicatorCode, Scope scope) {
        return result.rollups().stream()
                .filter(r -> r.indicator().code().equals(indicatorCode) && r.scope() == scope)
                .findFirst().orElseThrow();
    }

    private static void assertCounts(IndicatorRollup rollup, int applicable, int met, int notMet, int missing,
            int notDue, int valueOnly) {
        assertEquals(List.of(applicable, met, notMet, missing, notDue, valueOnly),
                List.of(rollup.applicable(), rollup.met(), rollup.notMet(), rollup.missing(), rollup.notDue(),
                        rollup.valueOnly()),
                "applicable, met, not met, missing, not due, value only");
    }
}
