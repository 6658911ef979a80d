package vn.cchc.rollup.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.cchc.rollup.normalize.Period;

class ComparisonPeriodsTest {

    @Test
    void comparesWithThePrecedingPeriodOfTheSameKindThenTheSamePeriodLastYear() {
        assertThat(ComparisonPeriods.of(Period.quarter(2026, 2)))
                .containsExactly(Period.quarter(2026, 1), Period.quarter(2025, 2));
        assertThat(ComparisonPeriods.of(Period.quarter(2026, 1)))
                .containsExactly(Period.quarter(2025, 4), Period.quarter(2025, 1));
        assertThat(ComparisonPeriods.of(Period.half(2026, 1)))
                .containsExactly(Period.half(2025, 2), Period.half(2025, 1));
        assertThat(ComparisonPeriods.of(Period.month(2026, 1)))
                .containsExactly(Period.month(2025, 12), Period.month(2025, 1));
        assertThat(ComparisonPeriods.of(Period.nineMonths(2026))).containsExactly(Period.nineMonths(2025));
        assertThat(ComparisonPeriods.of(Period.year(2026))).containsExactly(Period.year(2025));
    }
}
