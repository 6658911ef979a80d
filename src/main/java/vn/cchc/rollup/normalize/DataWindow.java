package vn.cchc.rollup.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a report's data window names when its title gives only dates: "số liệu từ ngày 15/12/2025
 * đến ngày 14/3/2026". Reports close their figures on the 14th of a period's last month, counting from
 * the 15th of the month before it began (the reporting regime's window), or on the calendar: "từ
 * 01/01/2026 đến 31/3/2026", "01/01/2026 - 31/3/2026", "từ 01/01 đến 31/3/2026" (the first date taking the
 * last one's year, or the year before when its month comes later). A window that is neither, for any period,
 * names none.
 */
final class DataWindow {

    private static final String DATE = "(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})";
    /** The first date may leave its year to the last: "từ 01/01 đến 31/3/2026". */
    private static final String FIRST_DATE = "(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})(?:\\s*[/.\\-]\\s*(\\d{4}))?";
    private static final Pattern RANGE = Pattern.compile(
            "(?:\\btu\\s*(?:ngay\\s*)?)?\\b" + FIRST_DATE + "\\s*(?:den|toi|-|–)\\s*(?:het\\s*)?(?:ngay\\s*)?" + DATE);

    private DataWindow() {
    }

    /** @param folded text as {@link VietText#fold} gives it, dates still in it */
    static Optional<Period> in(String folded) {
        Matcher m = RANGE.matcher(folded);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            LocalDate to = LocalDate.of(Integer.parseInt(m.group(6)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4)));
            int fromMonth = Integer.parseInt(m.group(2));
            int fromYear = m.group(3) != null ? Integer.parseInt(m.group(3))
                    : fromMonth > to.getMonthValue() ? to.getYear() - 1 : to.getYear();
            LocalDate from = LocalDate.of(fromYear, fromMonth, Integer.parseInt(m.group(1)));
            return Period.reportingPeriods(to.getYear()).stream().filter(p -> closes(p, from, to)).findFirst();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean closes(Period period, LocalDate from, LocalDate to) {
        boolean calendar = from.equals(period.start()) && to.equals(period.end());
        boolean regime = from.equals(period.start().minusMonths(1).withDayOfMonth(15))
                && to.equals(period.end().withDayOfMonth(14));
        return calendar || regime;
    }
}
