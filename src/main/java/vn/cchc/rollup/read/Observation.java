package vn.cchc.rollup.read;

import java.util.List;

/**
 * One value a report states, before normalization: who, when, which indicator, and the cells
 * holding tử số, mẫu số and giá trị (any may be null). Agency and period may come from the row,
 * the sheet's title rows or the file name. A table whose result columns are headed by periods
 * ("Quý I", "Quý II", "6 tháng") gives its row's cells {@code byPeriod} instead of a value: the one of
 * the report's period is chosen once the period is known.
 */
public record Observation(
        Located agency,
        Located period,
        Located indicator,
        LocatedCell numerator,
        LocatedCell denominator,
        LocatedCell value,
        String note,
        String location,
        List<PeriodCell> byPeriod) {

    public Observation {
        byPeriod = List.copyOf(byPeriod);
    }

    public Observation(Located agency, Located period, Located indicator, LocatedCell numerator,
            LocatedCell denominator, LocatedCell value, String note, String location) {
        this(agency, period, indicator, numerator, denominator, value, note, location, List.of());
    }

    /** The observation with the cells of its period's columns. */
    Observation withCellsOf(PeriodCell chosen) {
        LocatedCell first = chosen.value() != null ? chosen.value()
                : chosen.numerator() != null ? chosen.numerator() : chosen.denominator();
        return new Observation(agency, period, indicator, chosen.numerator(), chosen.denominator(), chosen.value(), note,
                first.location(), List.of());
    }
}
