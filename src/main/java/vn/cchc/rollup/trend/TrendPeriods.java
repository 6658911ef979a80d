package vn.cchc.rollup.trend;

import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.normalize.PeriodKind;

/** The periods a period is compared with. */
public final class TrendPeriods {

    private TrendPeriods() {
    }

    /**
     * The period of the same kind just before: Quý II → Quý I, Quý I/2026 → Quý IV/2025, 6 tháng
     * đầu năm 2026 → 6 tháng cuối năm 2025, Tháng 1 → Tháng 12 of the year before; 9 tháng and
     * the year → the year before.
     */
    public static Period previous(Period period) {
        int last = period.kind() == PeriodKind.MONTH ? 12
                : period.kind() == PeriodKind.QUARTER ? 4
                : period.kind() == PeriodKind.HALF ? 2 : 1;
        return period.index() > 1
                ? new Period(period.year(), period.kind(), period.index() - 1)
                : new Period(period.year() - 1, period.kind(), last);
    }

    /** The same period one year earlier. */
    public static Period lastYear(Period period) {
        return period.previousYear();
    }
}
