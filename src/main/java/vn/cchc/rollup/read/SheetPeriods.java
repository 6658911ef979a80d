package vn.cchc.rollup.read;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.normalize.PeriodParser;

/**
 * A workbook of periods: sheets named "Quý I", "Quý II", "Quý III", each under the same title copied from the first
 * ("BÁO CÁO … NĂM 2026"). The title outranks a sheet's name, so every sheet's values went to the year and all but
 * the first were rejected as repeats. When the sheets' names give two or more periods, each sheet whose name gives
 * a period within the one its text gives (same year, its months inside) reports that period. A lone sheet named
 * "Quý IV" under a year's title is still the year: a clerk reuses last quarter's file without renaming its sheet.
 */
final class SheetPeriods {

    /** A sheet with a table, by its name and what its rows say. */
    record Sheet(String name, SheetContext context) {
    }

    private SheetPeriods() {
    }

    /** Each sheet that reports its own name's period, by name, with that period as its observations will read it. */
    static Map<String, Located> of(List<Sheet> sheets) {
        if (sheets.size() < 2) {
            return Map.of();
        }
        Map<String, Period> named = new HashMap<>();
        Map<String, Period> decided = new HashMap<>();
        for (Sheet sheet : sheets) {
            if (sheet.name() == null) {
                continue;
            }
            Optional<Period> said = sheet.context().periodGiven().flatMap(given -> PeriodParser.parse(given.text()));
            if (said.isEmpty()) {
                continue;
            }
            decided.put(sheet.name(), said.get());
            Optional<Period> own = PeriodParser.find(sheet.name())
                    .or(() -> PeriodParser.findWithoutYear(sheet.name()).map(p -> p.in(said.get().year())));
            own.ifPresent(p -> named.put(sheet.name(), p));
        }
        Set<Period> distinct = new HashSet<>(named.values());
        Map<String, Located> own = new HashMap<>();
        if (distinct.size() < 2) {
            return own;
        }
        named.forEach((name, period) -> {
            Period whole = decided.get(name);
            if (!period.equals(whole) && within(period, whole)) {
                own.put(name, new Located(period.label(), "tên trang tính " + name));
            }
        });
        return own;
    }

    /** The observations with the sheet's own period where they took the period its rows gave. */
    static List<Observation> apply(List<Observation> observations, SheetContext context, Located own) {
        Located given = context.periodGiven().orElse(null);
        return observations.stream().map(o -> !o.period().equals(given) ? o
                : new Observation(o.agency(), own, o.indicator(), o.numerator(), o.denominator(), o.value(), o.note(),
                        o.location(), o.byPeriod())).toList();
    }

    private static boolean within(Period part, Period whole) {
        return part.year() == whole.year() && !part.start().isBefore(whole.start()) && !part.end().isAfter(whole.end());
    }
}
