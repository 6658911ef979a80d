package vn.cchc.rollup.normalize;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a reporting period written in words or codes: "Quý I/2026", "QUÝ 1 NĂM 2026", "Q1-2026",
 * "6 tháng đầu năm 2026", "9 tháng năm 2026", "Năm 2026", "Tháng 3/2026", "2026-Q1"; and, with no
 * period in words, the window of the data: "từ ngày 15/12/2025 đến ngày 14/3/2026" ({@link DataWindow}).
 */
public final class PeriodParser {

    private static final String YEAR = "(20\\d{2})";
    private static final String SEP = "\\s*(?:[/.,:\\-–]\\s*)?(?:nam\\s*)?";
    private static final String QUARTER = "(?:iv|iii|ii|i|[1-4]|mot|hai|ba|bon|tu)";
    private static final Pattern A_QUARTER = Pattern.compile("\\b" + QUARTER + "\\b");
    private static final String MONTH = "(0?[1-9]|1[0-2])";
    /** Dates in a text ("ngày 05 tháng 4 năm 2026", "05/4/2026") are not periods; "tháng 1-3/2026" is not a date. */
    private static final Pattern DATES = Pattern.compile(
            "ngay\\s*\\d{1,2}\\s*thang\\s*\\d{1,2}\\s*nam\\s*\\d{4}|(?<!thang\\s{0,2})\\b\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{4}\\b");

    private record Rule(Pattern pattern, Function<Matcher, Period> period) {
    }

    /**
     * Most specific first: "Quý I năm 2026" is a quarter, not the year 2026. A rule that matches but names no
     * period ("Quý II, III/2026", "tháng 2-4/2026") ends the search: the text is not read as the year it ends with.
     */
    private static final List<Rule> RULES = List.of(
            rule("\\b" + YEAR + "-q([1-4])\\b", m -> Period.quarter(year(m, 1), num(m.group(2)))),
            rule("\\b" + YEAR + "-h([12])\\b", m -> Period.half(year(m, 1), num(m.group(2)))),
            rule("\\b" + YEAR + "-9m\\b", m -> Period.nineMonths(year(m, 1))),
            rule("\\b" + YEAR + "-m(0?[1-9]|1[0-2])\\b", m -> Period.month(year(m, 1), num(m.group(2)))),
            // "Quý I, II năm 2026", "quý I và quý II/2026": the quarters a half, nine months or year is made of
            rule("\\bquy\\s*(" + QUARTER + "\\b(?:\\s*(?:,|va|\\+|&|-|–)\\s*(?:quy\\s*)?" + QUARTER + "\\b)+)" + SEP + YEAR + "\\b",
                    m -> quarters(year(m, 2), m.group(1))),
            rule("\\b(?:quy|q)\\s*\\.?\\s*(" + QUARTER + ")\\b" + SEP + YEAR + "\\b",
                    m -> Period.quarter(year(m, 2), quarter(m.group(1)))),
            // "tháng 1-6/2026", "từ tháng 1 đến tháng 9 năm 2026", "T1-T12/2026"
            rule("\\b(?:thang|t)\\s*" + MONTH + "\\s*(?:-|–|den|toi)\\s*(?:thang\\s*|t)?" + MONTH + "\\b" + SEP + YEAR + "\\b",
                    m -> Period.spanning(year(m, 3), num(m.group(1)), num(m.group(2))).orElse(null)),
            rule("\\b(?:0?6|sau)\\s*thang\\s*(dau|cuoi)?\\s*(?:nam)?" + SEP + YEAR + "\\b",
                    m -> Period.half(year(m, 2), "cuoi".equals(m.group(1)) ? 2 : 1)),
            // "3 tháng đầu năm" is the first quarter, "3 tháng cuối năm" the last ("tháng 3" is March)
            rule("\\b(?:0?3|ba)\\s*thang\\s*(dau|cuoi)?\\s*(?:nam)?" + SEP + YEAR + "\\b",
                    m -> Period.quarter(year(m, 2), "cuoi".equals(m.group(1)) ? 4 : 1)),
            rule("\\b(?:6t|h([12]))\\b" + SEP + YEAR + "\\b",
                    m -> Period.half(year(m, 2), m.group(1) == null ? 1 : num(m.group(1)))),
            rule("\\b(?:0?9|chin)\\s*thang\\s*(?:dau)?\\s*(?:nam)?" + SEP + YEAR + "\\b",
                    m -> Period.nineMonths(year(m, 1))),
            rule("\\b9t\\b" + SEP + YEAR + "\\b", m -> Period.nineMonths(year(m, 1))),
            rule("\\b(?:thang|t)\\s*(0?[1-9]|1[0-2])\\b" + SEP + YEAR + "\\b",
                    m -> Period.month(year(m, 2), num(m.group(1)))),
            rule("\\b(?:ca\\s*)?nam\\s*" + YEAR + "\\b", m -> Period.year(year(m, 1))),
            rule("^" + YEAR + "$", m -> Period.year(year(m, 1))));

    /**
     * Periods without a year, as file names and folders write them: "Quy I", "q1", "6 thang dau
     * nam", "9 thang", "Thang 3". Not a bare "T3" or "nam": too common inside other words and names.
     */
    private static final List<YearlessRule> WITHOUT_YEAR = List.of(
            yearless("\\b(?:quy\\s*(iv|iii|ii|i|[1-4])|q([1-4]))\\b",
                    m -> new PeriodWithoutYear(PeriodKind.QUARTER, quarter(m.group(1) != null ? m.group(1) : m.group(2)))),
            yearless("\\b(?:(?:0?6|sau)\\s*thang\\s*(dau|cuoi)?|6t)\\b",
                    m -> new PeriodWithoutYear(PeriodKind.HALF, "cuoi".equals(m.group(1)) ? 2 : 1)),
            yearless("\\b(?:0?3|ba)\\s*thang\\s*(dau|cuoi)?\\b",
                    m -> new PeriodWithoutYear(PeriodKind.QUARTER, "cuoi".equals(m.group(1)) ? 4 : 1)),
            yearless("\\b(?:(?:0?9|chin)\\s*thang|9t)\\b", m -> new PeriodWithoutYear(PeriodKind.NINE_MONTHS, 1)),
            yearless("\\bthang\\s*(0?[1-9]|1[0-2])\\b", m -> new PeriodWithoutYear(PeriodKind.MONTH, num(m.group(1)))));
    private static final Pattern A_YEAR = Pattern.compile("\\b" + YEAR + "\\b");
    /** Titles, labels and headings repeat across files: each text is searched for a period once. */
    private static final TextMemo<Found> FOUND = new TextMemo<>(PeriodParser::findOnce);

    /** What a text says of its period: the period, or none; {@code worded} when it is written there but names none. */
    private record Found(Optional<Period> period, boolean worded) {
        static final Found NOTHING = new Found(Optional.empty(), false);
    }

    private record YearlessRule(Pattern pattern, Function<Matcher, PeriodWithoutYear> period) {
    }

    private PeriodParser() {
    }

    /** A period written without its year ("So Noi vu - Quy I"); none when the text has a year or no period. */
    public static Optional<PeriodWithoutYear> findWithoutYear(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Found found = FOUND.apply(text);
        if (found.period().isPresent() || found.worded()) {
            return Optional.empty();
        }
        String folded = VietText.key(DATES.matcher(VietText.fold(text)).replaceAll(" "));
        for (YearlessRule rule : WITHOUT_YEAR) {
            Matcher m = rule.pattern().matcher(folded);
            if (m.find()) {
                return Optional.of(rule.period().apply(m));
            }
        }
        return Optional.empty();
    }

    /** The one year a text names outside dates ("2026", "Báo cáo CCHC 2026"); none when it names none or several. */
    public static Optional<Integer> findYear(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = A_YEAR.matcher(DATES.matcher(VietText.fold(text)).replaceAll(" "));
        Integer year = null;
        while (m.find()) {
            int found = Integer.parseInt(m.group(1));
            if (year != null && year != found) {
                return Optional.empty();
            }
            year = found;
        }
        return Optional.ofNullable(year);
    }

    /** The period a cell holds, if any. */
    public static Optional<Period> parse(String text) {
        return find(text);
    }

    /** The most specific period mentioned anywhere in a longer text, such as a report title. */
    public static Optional<Period> find(String text) {
        return text == null ? Optional.empty() : FOUND.apply(text).period();
    }

    private static Found findOnce(String text) {
        String folded = DATES.matcher(VietText.fold(text)).replaceAll(" ").strip();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(folded);
            if (m.find()) {
                return new Found(Optional.ofNullable(rule.period().apply(m)), true);
            }
        }
        // no period in words: the dates of the data's window ("từ ngày 15/12/2025 đến ngày 14/3/2026")
        Optional<Period> window = DataWindow.in(VietText.fold(text));
        return window.isPresent() ? new Found(window, true) : Found.NOTHING;
    }

    private static YearlessRule yearless(String regex, Function<Matcher, PeriodWithoutYear> period) {
        return new YearlessRule(Pattern.compile(regex), period);
    }

    private static Rule rule(String regex, Function<Matcher, Period> period) {
        return new Rule(Pattern.compile(regex), period);
    }

    private static int year(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    private static int quarter(String text) {
        return switch (text) {
            case "i", "1", "mot" -> 1;
            case "ii", "2", "hai" -> 2;
            case "iii", "3", "ba" -> 3;
            default -> 4;
        };
    }

    /** The period consecutive quarters make, or null: "I, II" is the first half, "II, III" no period. */
    private static Period quarters(int year, String list) {
        int[] listed = A_QUARTER.matcher(list.replace("quy", " ")).results()
                .mapToInt(r -> quarter(r.group())).toArray();
        for (int i = 1; i < listed.length; i++) {
            if (listed[i] != listed[i - 1] + 1) {
                return null;
            }
        }
        return Period.spanning(year, listed[0] * 3 - 2, listed[listed.length - 1] * 3).orElse(null);
    }
}
