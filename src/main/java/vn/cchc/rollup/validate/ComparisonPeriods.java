package vn.cchc.rollup.validate;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.normalize.PeriodKind;

/**
 * The earlier periods a value is compared with, in order of preference: the period of the same
 * kind just before it (Quý II/2026 → Quý I/2026, Quý I/2026 → Quý IV/2025, 6 tháng đầu năm 2026 →
 * 6 tháng cuối năm 2025), then the same period a year earlier (6 tháng đầu năm 2025). Only periods
 * of the same kind are compared, because counts are cumulative over the period's length.
 */
public final class ComparisonPeriods {

    private ComparisonPeriods() {
    }

    public static List<Period> of(Period period) {
        List<Period> result = new ArrayList<>();
        result.add(preceding(period));
        Period lastYear = period.previousYear();
        if (!result.contains(lastYear)) {
            result.add(lastYear);
        }
        return result;
    }

    static Period preceding(Period period) {
        if (period.kind() == PeriodKind.NINE_MONTHS || period.kind() == PeriodKind.YEAR) {
            return period.previousYear();
        }
        if (period.index() > 1) {
            return new Period(period.year(), period.kind(), period.index() - 1);
        }
        return new Period(period.year() - 1, period.kind(), 12 / period.months());
    }
}
