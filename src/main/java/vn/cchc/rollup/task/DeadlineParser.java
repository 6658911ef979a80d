package vn.cchc.rollup.task;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.rollup.normalize.VietText;

/**
 * Reads the deadline column of a plan appendix ("Thời gian hoàn thành"). When several quarters or
 * months are named ("Quý II, III/2026", "Quý I, II năm 2026") the last one is the deadline. A month or
 * quarter without a year ("Tháng 7") falls in the plan's year. Never throws: what it cannot read is
 * {@link Deadline.Kind#UNREADABLE} with a warning.
 */
public final class DeadlineParser {

    private static final String YEAR = "(20\\d{2})";
    private static final String YEAR_SUFFIX = "(?:\\s*(?:/|-|nam)\\s*" + YEAR + ")?";
    private static final Pattern RECURRING = Pattern.compile("^(thuong xuyen|hang (thang|quy|nam)|lien tuc)\\b");
    private static final Pattern BY_OTHER_PLAN = Pattern.compile(
            "^(theo (ke hoach|chi dao|yeu cau|lo trinh|tien do|quy dinh)|khi co|sau khi)\\b");
    private static final Pattern QUARTERS = Pattern.compile(
            "^quy\\s+((?:iv|iii|ii|i|[1-4])(?:\\s*(?:,|va|-|–)\\s*(?:iv|iii|ii|i|[1-4]))*)" + YEAR_SUFFIX + "\\b");
    private static final Pattern MONTHS = Pattern.compile(
            "^thang\\s+((?:0?[1-9]|1[0-2])(?:\\s*(?:,|va|-|–)\\s*(?:0?[1-9]|1[0-2]))*)" + YEAR_SUFFIX + "(?!\\d)");
    private static final Pattern WHOLE_YEAR = Pattern.compile("^(?:ca\\s+)?nam\\s+" + YEAR + "\\b");
    private static final Pattern DATE = Pattern.compile("^(?:ngay\\s+)?(\\d{1,2})[/.-](\\d{1,2})[/.-](20\\d{2})$");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|va|-|–)\\s*");

    private DeadlineParser() {
    }

    /** @param planYear the year of the plan, for deadlines that name no year */
    public static Deadline parse(String written, int planYear) {
        String text = VietText.clean(written);
        String folded = VietText.fold(text).replace('.', ' ').strip();
        if (folded.isEmpty()) {
            return Deadline.unreadable(text, "Không ghi thời gian hoàn thành");
        }
        try {
            if (RECURRING.matcher(folded).find()) {
                return Deadline.recurring(text);
            }
            if (BY_OTHER_PLAN.matcher(folded).find()) {
                return Deadline.noFixedDate(text);
            }
            Matcher m = QUARTERS.matcher(folded);
            if (m.find()) {
                int quarter = quarter(last(m.group(1)));
                return Deadline.on(text, YearMonth.of(year(m.group(2), planYear), quarter * 3).atEndOfMonth());
            }
            m = MONTHS.matcher(folded);
            if (m.find()) {
                int month = Integer.parseInt(last(m.group(1)));
                return Deadline.on(text, YearMonth.of(year(m.group(2), planYear), month).atEndOfMonth());
            }
            m = WHOLE_YEAR.matcher(folded);
            if (m.find()) {
                return Deadline.on(text, LocalDate.of(Integer.parseInt(m.group(1)), 12, 31));
            }
            m = DATE.matcher(VietText.fold(text).strip());
            if (m.find()) {
                return Deadline.on(text, LocalDate.of(Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
        } catch (java.time.DateTimeException e) {
            return Deadline.unreadable(text, "Thời gian hoàn thành không hợp lệ: \"" + text + "\"");
        }
        return Deadline.unreadable(text, "Không đọc được thời gian hoàn thành: \"" + text + "\"");
    }

    private static String last(String list) {
        String[] parts = LIST_SEPARATOR.split(list.strip());
        return parts[parts.length - 1];
    }

    private static int year(String group, int planYear) {
        return group == null ? planYear : Integer.parseInt(group);
    }

    private static int quarter(String roman) {
        return switch (roman) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }
}
