package vn.cchc.rollup.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.RollupMethod;

/**
 * Group figures of a period: scope scores (SO, XA, PROVINCE) and indicator rollups per scope, from
 * the sums {@link EvaluationTable} computes in the database (a scope's points from its agencies'). Everything is weighted: scores are
 * Σ earned / Σ possible points, rates are Σ tử số / Σ mẫu số; neither is ever a mean of the
 * agencies' percentages.
 */
final class Rollups {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Rollups() {
    }

    /** One score per scope, in the order SO, XA, PROVINCE, from the points of each agency. */
    static List<ScopeScore> scopeScores(Plan plan, Map<String, GroupPoints> agencyPoints) {
        Map<Scope, GroupPoints> points = scopePoints(plan, agencyPoints);
        List<ScopeScore> scores = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            GroupPoints group = points.getOrDefault(scope, GroupPoints.NONE);
            int agencies = (int) plan.agencies().stream().filter(a -> scope.includes(a.kind())).count();
            scores.add(new ScopeScore(scope, group.score(), group.areaScores(), agencies));
        }
        return scores;
    }

    /**
     * Points of SO, XA and PROVINCE (both), added up from the points of their agencies (by code; the
     * agencies of the plan only); a scope without any is absent. Each area's sum is written as the
     * database writes its sums (no trailing zeros), so that every figure is the same as a sum over
     * the scope's evaluations.
     */
    static Map<Scope, GroupPoints> scopePoints(Plan plan, Map<String, GroupPoints> agencyPoints) {
        Map<Scope, Map<String, GroupPoints.Points>> areas = new EnumMap<>(Scope.class);
        Map<Scope, Integer> facts = new EnumMap<>(Scope.class);
        for (Agency agency : plan.agencies()) {
            GroupPoints group = agencyPoints.get(agency.code());
            if (group != null) {
                Scope scope = Scope.of(agency.kind());
                Map<String, GroupPoints.Points> byArea = areas.computeIfAbsent(scope, s -> new HashMap<>());
                group.byArea().forEach((area, points) -> byArea.merge(area, points, GroupPoints.Points::plus));
                facts.merge(scope, group.facts(), Integer::sum);
            }
        }
        Map<Scope, GroupPoints> points = new EnumMap<>(Scope.class);
        areas.forEach((scope, byArea) -> {
            byArea.replaceAll((area, sum) -> sum.plain());
            GroupPoints group = GroupPoints.ofAreas(byArea, facts.get(scope));
            points.put(scope, group);
            points.merge(Scope.PROVINCE, group, GroupPoints::plus);
        });
        return points;
    }

    /**
     * Per indicator (catalogue order) × scope (SO, XA, PROVINCE), for the scopes holding at least
     * one agency the indicator applies to, that is one evaluation. Facts of NOT_DUE evaluations are
     * shown, so they count in the group figure too.
     */
    static List<IndicatorRollup> indicatorRollups(Plan plan, Map<EvaluationTable.IndicatorKey, IndicatorSums> sums) {
        List<IndicatorRollup> rollups = new ArrayList<>();
        for (Indicator indicator : plan.indicators()) {
            for (Scope scope : Scope.values()) {
                IndicatorSums of = sums.get(new EvaluationTable.IndicatorKey(indicator.code(), scope));
                if (of != null) {
                    rollups.add(rollup(indicator, scope, of));
                }
            }
        }
        return rollups;
    }

    static IndicatorRollup rollup(Indicator indicator, Scope scope, IndicatorSums sums) {
        boolean rate = indicator.rollup() == RollupMethod.RATIO;
        BigDecimal value = sums.facts() == 0 ? null : switch (indicator.rollup()) {
            case RATIO -> percent(sums.numeratorSum(), sums.denominatorSum());
            case SUM -> sums.valueSum();
            case MEAN -> sums.valueSum().divide(BigDecimal.valueOf(sums.facts()), IndicatorJudge.MATH);
            case ALL_YES -> percent(BigDecimal.valueOf(sums.yes()), BigDecimal.valueOf(sums.facts()));
        };
        return new IndicatorRollup(indicator, scope, value,
                rate ? sums.numeratorSum() : null, rate ? sums.denominatorSum() : null,
                sums.applicable(), sums.met(), sums.notMet(), sums.missing(), sums.notDue(),
                rate ? sums.facts() - sums.ratios() : 0);
    }

    /** part × 100 / whole; null when there is no whole. */
    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole == null || whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, IndicatorJudge.MATH);
    }
}
