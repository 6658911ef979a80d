package vn.cchc.rollup.read;

import java.util.Optional;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.normalize.PeriodParser;
import vn.cchc.rollup.normalize.PeriodWithoutYear;

/**
 * A result column headed by the period it holds: "Quý I", "Quý II", "6 tháng", "Kết quả Quý I/2026".
 * A half-year report often puts the quarters beside the half year; the column of the report's own
 * period is the one read. A heading without a year names that period in any year.
 */
record PeriodColumn(int column, String heading, Period period, PeriodWithoutYear withoutYear) {

    /** The period a column's own heading names, if it names one. */
    static Optional<PeriodColumn> of(int column, String heading) {
        Optional<Period> period = PeriodParser.find(heading);
        if (period.isPresent()) {
            return Optional.of(new PeriodColumn(column, heading, period.get(), null));
        }
        return PeriodParser.findWithoutYear(heading).map(p -> new PeriodColumn(column, heading, null, p));
    }

    boolean names(Period reported) {
        return period != null ? period.equals(reported) : withoutYear.matches(reported);
    }
}
