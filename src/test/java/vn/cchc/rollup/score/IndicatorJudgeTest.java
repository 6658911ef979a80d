package vn.cchc.rollup.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static vn.cchc.rollup.score.Facts.assertNumber;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.normalize.Period;

class IndicatorJudgeTest {

    private static final Plan PLAN = PlanLoader.builtIn();
    private static final Agency SO_NOI_VU = PLAN.agency("SO-NOIVU").orElseThrow();

    /**
     * value: a plain value; num/den: a rate as tử số / mẫu số (its value rounded to 2 decimals);
     * neither: not reported. previous: last year's value for INCREASE.
     */
    @ParameterizedTest(name = "{0} {1} value={2} {3}/{4} prev={5} → {6}, target {7}, {8} points")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # indicator | period   | value  | num   | den    | previous | status  | target | points
            # GE 80, 4 points, partial points in proportion
            TTHC-05     | 2026-Q1  | 80     |       |        |          | MET     | 80     | 4
            TTHC-05     | 2026-Q1  | 95.5   |       |        |          | MET     | 80     | 4
            TTHC-05     | 2026-Q1  | 60     |       |        |          | NOT_MET | 80     | 3
            TTHC-05     | 2026-Q1  |        | 60    | 100    |          | NOT_MET | 80     | 3
            TTHC-05     | 2026-Q1  | -5     |       |        |          | NOT_MET | 80     | 0
            TTHC-05     | 2026-Q1  |        |       |        |          | MISSING | 80     | 0
            # 79999/100000 shows as 80.00 but is below 80: compared exactly, partial 4 × 79.999/80
            TTHC-05     | 2026-Q1  |        | 79999 | 100000 |          | NOT_MET | 80     | 3.99995
            # GT 99 is strict; at the boundary the partial points are full (min(1, 99/99))
            TTHC-06     | 2026-Q1  | 99     |       |        |          | NOT_MET | 99     | 4
            TTHC-06     | 2026-Q1  | 99.0   |       |        |          | NOT_MET | 99     | 4
            TTHC-06     | 2026-Q1  | 99.01  |       |        |          | MET     | 99     | 4
            TTHC-06     | 2026-Q1  |        | 99    | 100    |          | NOT_MET | 99     | 4
            TTHC-06     | 2026-Q1  |        | 49.5  | 100    |          | NOT_MET | 99     | 2
            # 99001/100000 shows as 99.00 but is above 99
            TTHC-06     | 2026-Q1  |        | 99001 | 100000 |          | MET     | 99     | 4
            CQS-01      | 2026-Q1  | 40     |       |        |          | NOT_MET | 80     | 2
            # PER_MONTH 2 a month, 3 points
            CDDH-04     | 2026-M03 | 2      |       |        |          | MET     | 2      | 3
            CDDH-04     | 2026-Q1  | 6      |       |        |          | MET     | 6      | 3
            CDDH-04     | 2026-Q1  | 30     |       |        |          | MET     | 6      | 3
            CDDH-04     | 2026-Q1  | 3      |       |        |          | NOT_MET | 6      | 1.5
            CDDH-04     | 2026-H1  | 12     |       |        |          | MET     | 12     | 3
            CDDH-04     | 2026-H1  | 11     |       |        |          | NOT_MET | 12     | 2.75
            CDDH-04     | 2026-9M  | 18     |       |        |          | MET     | 18     | 3
            CDDH-04     | 2026     | 24     |       |        |          | MET     | 24     | 3
            CDDH-04     | 2026     | 6      |       |        |          | NOT_MET | 24     | 0.75
            # YEAR basis: shown but not judged before the annual report
            CDDH-03     | 2026-Q1  | 1      |       |        |          | NOT_DUE | 1      | 0
            CDDH-03     | 2026-Q1  |        |       |        |          | NOT_DUE | 1      | 0
            CDDH-03     | 2026-9M  | 5      |       |        |          | NOT_DUE | 1      | 0
            CDDH-03     | 2026     | 1      |       |        |          | MET     | 1      | 2
            CDDH-03     | 2026     | 0      |       |        |          | NOT_MET | 1      | 0
            CDDH-03     | 2026     |        |       |        |          | MISSING | 1      | 0
            # INCREASE (YEAR basis, PERCENT): no partial points
            TCC-02      | 2026     | 45     |       |        | 40       | MET     | 40     | 3
            TCC-02      | 2026     | 40     |       |        | 40       | NOT_MET | 40     | 0
            TCC-02      | 2026     | 39     |       |        | 40       | NOT_MET | 40     | 0
            TCC-02      | 2026     | 45     |       |        |          | NOT_MET |        | 0
            TCC-02      | 2026-Q1  | 45     |       |        | 40       | NOT_DUE | 40     | 0
            # YES_NO EQ 1
            TCC-01      | 2026-Q1  | 1      |       |        |          | MET     | 1      | 4
            TCC-01      | 2026-Q1  | 0      |       |        |          | NOT_MET | 1      | 0
            TCBM-01     | 2026     | 1      |       |        |          | MET     | 1      | 5
            TCBM-01     | 2026-H1  | 1      |       |        |          | NOT_DUE | 1      | 0
            """)
    void judgesOneIndicator(String indicatorCode, String periodCode, String value, String numerator,
            String denominator, String previous, Status status, String target, String points) {
        Indicator indicator = PLAN.indicator(indicatorCode).orElseThrow();
        Period period = Period.ofCode(periodCode);
        Fact fact = numerator != null ? Facts.ratio("SO-NOIVU", period, indicatorCode, numerator, denominator)
                : value != null ? Facts.value("SO-NOIVU", period, indicatorCode, value)
                : null;
        PreviousValues previousYear = (agency, code) -> agency.equals("SO-NOIVU") && code.equals(indicatorCode)
                ? Optional.ofNullable(previous).map(BigDecimal::new)
                : Optional.empty();

        Evaluation evaluation = new IndicatorJudge(period, previousYear).judge(SO_NOI_VU, indicator, fact);

        assertEquals(status, evaluation.status());
        assertNumber(target, evaluation.target(), "target");
        assertNumber(points, evaluation.points(), "points");
        assertSame(fact, evaluation.fact());
        assertEquals(period, evaluation.period());
        assertNumber(status == Status.NOT_DUE ? "0" : indicator.points().toPlainString(),
                evaluation.possiblePoints(), "possible points");
    }

    @Test
    void increaseIndicatorsEarnNoPartialPoints() {
        assertFalse(PLAN.indicator("TCC-02").orElseThrow().earnsPartialPoints());
    }

    @Test
    void increaseWithoutPreviousYearHasNoTarget() {
        Period year = Period.year(2026);
        Evaluation evaluation = new IndicatorJudge(year, PreviousValues.none()).judge(SO_NOI_VU,
                PLAN.indicator("TCC-02").orElseThrow(), Facts.value("SO-NOIVU", year, "TCC-02", "99"));
        assertEquals(Status.NOT_MET, evaluation.status());
        assertNull(evaluation.target());
    }
}
