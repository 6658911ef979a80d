package vn.cchc.rollup.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.SourceRef;
import vn.cchc.rollup.normalize.Period;

/** One test per warning rule that compares with the previous period, with its edges. */
class ValueChangeRulesTest {

    private static final Plan PLAN = PlanLoader.builtIn();
    private static final Indicator RATE = PLAN.indicator("TTHC-06").orElseThrow();
    private static final Indicator COUNT = PLAN.indicator("CDDH-04").orElseThrow();
    private static final Indicator YES_NO = PLAN.indicator("TCC-01").orElseThrow();

    @Test
    void rateMovingMoreThanThirtyPointsIsFar() {
        Optional<Warning> warning = check(RATE, "55", "90");
        assertThat(warning).map(Warning::rule).contains(WarningRule.FAR_FROM_PREVIOUS);
        assertThat(warning.get().message()).isEqualTo("Tỷ lệ chỉ tiêu TTHC-06 tăng 35 điểm phần trăm so với Quý I/2026"
                + " (từ 55% lên 90%) (kỳ trước: Quý I/2026, tệp truoc.xlsx, vị trí Báo cáo!H7): đề nghị đơn vị xác nhận số liệu");
        assertThat(warning.get().source()).isEqualTo(new SourceRef("sau.xlsx", "Báo cáo!H9"));
        assertThat(warning.get().period()).isEqualTo(Period.quarter(2026, 2));
        assertThat(check(RATE, "90", "59,5").map(Warning::message).orElseThrow())
                .contains("giảm 30,5 điểm phần trăm").contains("từ 90% xuống 59,5%");
        assertThat(check(RATE, "60", "90")).isEmpty();
        assertThat(check(RATE, "90", "60")).isEmpty();
    }

    @Test
    void rateJumpingToExactlyHundredFromBelowFiftyIsFlaggedAsSuchNotAsFar() {
        Optional<Warning> warning = check(RATE, "40", "100");
        assertThat(warning).map(Warning::rule).contains(WarningRule.JUMP_TO_100);
        assertThat(warning.get().message()).startsWith("Tỷ lệ chỉ tiêu TTHC-06 lên đúng 100% trong khi Quý I/2026 chỉ đạt 40%");
        assertThat(check(RATE, "49,99", "100")).map(Warning::rule).contains(WarningRule.JUMP_TO_100);
        assertThat(check(RATE, "50", "100")).map(Warning::rule).contains(WarningRule.FAR_FROM_PREVIOUS);
        assertThat(check(RATE, "40", "99,9")).map(Warning::rule).contains(WarningRule.FAR_FROM_PREVIOUS);
        assertThat(check(RATE, "75", "100")).isEmpty();
    }

    @Test
    void countGrowingOrShrinkingMoreThanThreefoldIsFarUnlessBothStaySmall() {
        Optional<Warning> up = check(COUNT, "4", "13");
        assertThat(up).map(Warning::rule).contains(WarningRule.FAR_FROM_PREVIOUS);
        assertThat(up.get().message()).startsWith("Số lượng chỉ tiêu CDDH-04 tăng hơn 3 lần so với Quý I/2026 (từ 4 lên 13)");
        assertThat(check(COUNT, "40", "13").map(Warning::message).orElseThrow()).contains("giảm hơn 3 lần").contains("từ 40 xuống 13");
        assertThat(check(COUNT, "0", "10")).map(Warning::rule).contains(WarningRule.FAR_FROM_PREVIOUS);
        assertThat(check(COUNT, "4", "12")).isEmpty();
        assertThat(check(COUNT, "2", "9")).isEmpty();
        assertThat(check(COUNT, "0", "9")).isEmpty();
    }

    @Test
    void aChangedYesNoAnswerIsNeverFar() {
        assertThat(check(YES_NO, "0", "1")).isEmpty();
        assertThat(check(YES_NO, "1", "0")).isEmpty();
    }

    private static Optional<Warning> check(Indicator indicator, String before, String now) {
        Fact previous = fact(indicator, Period.quarter(2026, 1), before, new SourceRef("truoc.xlsx", "Báo cáo!H7"));
        Fact current = fact(indicator, Period.quarter(2026, 2), now, new SourceRef("sau.xlsx", "Báo cáo!H9"));
        return ValueChangeRules.check(indicator, current, previous);
    }

    static Fact fact(Indicator indicator, Period period, String value, SourceRef source) {
        return new Fact("SO-NOIVU", period, indicator.code(), null, null, new BigDecimal(value.replace(',', '.')), null, source);
    }
}
