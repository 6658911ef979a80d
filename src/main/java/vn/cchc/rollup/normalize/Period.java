package vn.cchc.rollup.normalize;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A reporting period. {@code index} is the month (1–12), quarter (1–4) or half (1–2), and 1
 * for nine months and the year. Canonical codes: 2026-Q1, 2026-H1, 2026-9M, 2026, 2026-M03.
 */
public record Period(int year, PeriodKind kind, int index) implements Comparable<Period> {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final Comparator<Period> ORDER = Comparator.comparingInt((Period p) -> p.year())
            .thenComparingInt(Period::lastMonth).thenComparingInt(p -> p.kind().months());

    public Period {
        int max = switch (kind) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case HALF -> 2;
            case NINE_MONTHS, YEAR -> 1;
        };
        if (index < 1 || index > max || year < 1900 || year > 2999) {
            throw new IllegalArgumentException("no such period: " + kind + " " + index + " of " + year);
        }
    }

    public static Period quarter(int year, int quarter) {
        return new Period(year, PeriodKind.QUARTER, quarter);
    }

    public static Period half(int year, int half) {
        return new Period(year, PeriodKind.HALF, half);
    }

    public static Period nineMonths(int year) {
        return new Period(year, PeriodKind.NINE_MONTHS, 1);
    }

    public static Period year(int year) {
        return new Period(year, PeriodKind.YEAR, 1);
    }

    public static Period month(int year, int month) {
        return new Period(year, PeriodKind.MONTH, month);
    }

    /** The periods a year is reported for, months aside: its quarters, halves, nine months and the year. */
    public static List<Period> reportingPeriods(int year) {
        return List.of(quarter(year, 1), quarter(year, 2), quarter(year, 3), quarter(year, 4),
                half(year, 1), half(year, 2), nineMonths(year), year(year));
    }

    /** The reporting period running from the first month to the last of a year ("tháng 1-6/2026"), if one does. */
    public static Optional<Period> spanning(int year, int firstMonth, int lastMonth) {
        return reportingPeriods(year).stream()
                .filter(p -> p.lastMonth() == lastMonth && p.lastMonth() - p.months() + 1 == firstMonth)
                .findFirst();
    }

    /** Parses a canonical code; use {@link PeriodParser} for periods written in words. */
    public static Period ofCode(String code) {
        return PeriodParser.parse(code)
                .orElseThrow(() -> new IllegalArgumentException("not a period code: " + code));
    }

    public String code() {
        return switch (kind) {
            case MONTH -> "%d-M%02d".formatted(year, index);
            case QUARTER -> year + "-Q" + index;
            case HALF -> year + "-H" + index;
            case NINE_MONTHS -> year + "-9M";
            case YEAR -> String.valueOf(year);
        };
    }

    /** How officials write it: "Quý I/2026", "6 tháng đầu năm 2026", "Năm 2026". */
    public String label() {
        return switch (kind) {
            case MONTH -> "Tháng " + index + "/" + year;
            case QUARTER -> "Quý " + ROMAN[index - 1] + "/" + year;
            case HALF -> (index == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case NINE_MONTHS -> "9 tháng năm " + year;
            case YEAR -> "Năm " + year;
        };
    }

    public int months() {
        return kind.months();
    }

    public boolean isAnnual() {
        return kind == PeriodKind.YEAR;
    }

    public int lastMonth() {
        return switch (kind) {
            case MONTH -> index;
            case QUARTER -> index * 3;
            case HALF -> index * 6;
            case NINE_MONTHS -> 9;
            case YEAR -> 12;
        };
    }

    public LocalDate start() {
        return YearMonth.of(year, lastMonth() - months() + 1).atDay(1);
    }

    public LocalDate end() {
        return YearMonth.of(year, lastMonth()).atEndOfMonth();
    }

    /** The same period one year earlier. */
    public Period previousYear() {
        return new Period(year - 1, kind, index);
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return code();
    }
}
