package vn.cchc.rollup.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.FileVersion;
import vn.cchc.rollup.normalize.Period;

/**
 * Runs every warning rule over the effective facts of all periods. Warnings never change what is
 * scored; they tell an analyst which accepted values to confirm with the agency.
 */
public final class FactWarnings {

    private static final Comparator<Warning> ORDER = Comparator
            .comparing(Warning::period)
            .thenComparing(w -> w.source().file())
            .thenComparing(w -> w.source().location())
            .thenComparing(Warning::rule);

    private FactWarnings() {
    }

    /**
     * @param facts the effective facts (resubmissions resolved) of all periods
     * @param files the present files by relative path, for {@link ClosedPeriodRule}
     */
    public static List<Warning> check(Plan plan, List<Fact> facts, Map<String, FileVersion> files) {
        return check(plan, facts, files, List.of());
    }

    /** As {@link #check(Plan, List, Map)}, with the warnings reading the files gave, all in one order. */
    public static List<Warning> check(Plan plan, List<Fact> facts, Map<String, FileVersion> files,
            List<Warning> fromReading) {
        Map<String, Fact> byKey = new HashMap<>();
        facts.forEach(f -> byKey.put(key(f.agencyCode(), f.period(), f.indicatorCode()), f));
        List<Warning> warnings = new ArrayList<>();
        for (Fact fact : facts) {
            Optional<Indicator> indicator = plan.indicator(fact.indicatorCode());
            if (indicator.isEmpty() || fact.value() == null) {
                continue;
            }
            ComparisonPeriods.of(fact.period()).stream()
                    .map(p -> byKey.get(key(fact.agencyCode(), p, fact.indicatorCode())))
                    .filter(previous -> previous != null && previous.value() != null)
                    .findFirst()
                    .flatMap(previous -> ValueChangeRules.check(indicator.get(), fact, previous))
                    .ifPresent(warnings::add);
        }
        warnings.addAll(ClosedPeriodRule.check(facts, files));
        warnings.addAll(fromReading);
        warnings.sort(ORDER);
        return warnings;
    }

    private static String key(String agency, Period period, String indicator) {
        return agency + "|" + period.code() + "|" + indicator;
    }
}
