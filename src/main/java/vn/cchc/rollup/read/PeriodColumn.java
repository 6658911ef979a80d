package vn.cchc.rollup.read;

import java.util.Optional;
import java.util.regex.Pattern;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.normalize.PeriodParser;
import vn.cchc.rollup.normalize.PeriodWithoutYear;
import vn.cchc.rollup.normalize.VietText;

/**
 * A result column headed by the period it holds: "Quý I", "Quý II", "6 tháng", "Kết quả Quý I/2026".
 * A half-year report often puts the quarters beside the half year; the column of the report's own
 * period is the one read. A heading without a year names that period in any year. Headings may also
 * name periods relative to the report's: "Kỳ này", "Thực hiện trong kỳ" its own ({@code current}),
 * "Kỳ trước", "Cùng kỳ năm trước" an earlier one (no period, not current).
 */
record PeriodColumn(int column, String heading, Period period, PeriodWithoutYear withoutYear, boolean current) {

    private static final Pattern CURRENT = Pattern.compile("\\b(?:ky nay|trong ky|ky bao cao)\\b");
    private static final Pattern EARLIER = Pattern.compile("\\b(?:ky truoc|quy truoc|nam truoc|thang truoc|cung ky)\\b");
    /** "So với kỳ trước (%)", "Tăng/giảm so với cùng kỳ": a comparison, not the earlier period's figures. */
    private static final Pattern COMPARISON = Pattern.compile("^(?:so voi|tang|giam)\\b");

    /** The period a column's own heading names, if it names one. */
    static Optional<PeriodColumn> of(int column, String heading) {
        String key = VietText.key(heading);
        if (isEarlierKey(key)) {
            return Optional.of(new PeriodColumn(column, heading, null, null, false));
        }
        Optional<Period> period = PeriodParser.find(heading);
        if (period.isPresent()) {
            return Optional.of(new PeriodColumn(column, heading, period.get(), null, false));
        }
        Optional<PeriodWithoutYear> withoutYear = PeriodParser.findWithoutYear(heading);
        if (withoutYear.isPresent()) {
            return Optional.of(new PeriodColumn(column, heading, null, withoutYear.get(), false));
        }
        return CURRENT.matcher(key).find() ? Optional.of(new PeriodColumn(column, heading, null, null, true)) : Optional.empty();
    }

    /** "Kỳ trước", "Cùng kỳ năm 2025": a column of an earlier period's figures, never the report's. */
    static boolean isEarlier(String heading) {
        return isEarlierKey(VietText.key(heading));
    }

    private static boolean isEarlierKey(String key) {
        return EARLIER.matcher(key).find() && !COMPARISON.matcher(key).find();
    }

    /** Headed by an earlier period named relatively ("Kỳ trước"): never the report's. */
    boolean earlier() {
        return period == null && withoutYear == null && !current;
    }

    boolean names(Period reported) {
        if (period != null) {
            return period.equals(reported);
        }
        return withoutYear != null ? withoutYear.matches(reported) : current;
    }
}
