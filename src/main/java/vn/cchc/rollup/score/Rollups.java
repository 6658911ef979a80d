package vn.cchc.rollup.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.RollupMethod;
import vn.cchc.rollup.intake.Fact;

/**
 * Group figures of a period: scope scores (SO, XA, PROVINCE) and indicator rollups per scope.
 * Everything is weighted: scores are Σ earned / Σ possible points, rates are Σ tử số / Σ mẫu số;
 * neither is ever a mean of the agencies' percentages.
 */
public final class Rollups {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Rollups() {
    }

    /** One score per scope, in the order SO, XA, PROVINCE. */
    public static List<ScopeScore> scopeScores(Plan plan, List<Evaluation> evaluations) {
        List<ScopeScore> scores = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            PointsTally tally = PointsTally.of(
                    evaluations.stream().filter(e -> scope.includes(e.agency().kind())).toList());
            int agencies = (int) plan.agencies().stream().filter(a -> scope.includes(a.kind())).count();
            scores.add(new ScopeScore(scope, tally.score(), tally.areaScores(), agencies));
        }
        return scores;
    }

    /**
     * Per indicator (catalogue order) × scope (SO, XA, PROVINCE), for the scopes holding at least
     * one agency the indicator applies to. Facts of NOT_DUE evaluations are shown, so they count
     * in the group figure too.
     */
    public static List<IndicatorRollup> indicatorRollups(Plan plan, List<Evaluation> evaluations) {
        Map<String, List<Evaluation>> byIndicator = evaluations.stream()
                .collect(Collectors.groupingBy(e -> e.indicator().code()));
        List<Agency> agencies = plan.agencies();
        List<IndicatorRollup> rollups = new ArrayList<>();
        for (Indicator indicator : plan.indicators()) {
            List<Evaluation> ofIndicator = byIndicator.getOrDefault(indicator.code(), List.of());
            for (Scope scope : Scope.values()) {
                boolean applies = agencies.stream()
                        .anyMatch(a -> scope.includes(a.kind()) && indicator.appliesTo(a));
                if (applies) {
                    rollups.add(rollup(indicator, scope, ofIndicator.stream()
                            .filter(e -> scope.includes(e.agency().kind()))
                            .toList()));
                }
            }
        }
        return rollups;
    }

    static IndicatorRollup rollup(Indicator indicator, Scope scope, List<Evaluation> evaluations) {
        int met = count(evaluations, Status.MET);
        int notMet = count(evaluations, Status.NOT_MET);
        int missing = count(evaluations, Status.MISSING);
        int notDue = count(evaluations, Status.NOT_DUE);
        List<Fact> facts = evaluations.stream().map(Evaluation::fact).filter(Objects::nonNull).toList();
        Rate rate = indicator.rollup() == RollupMethod.RATIO ? Rate.of(facts) : Rate.NONE;
        BigDecimal value = switch (indicator.rollup()) {
            case RATIO -> rate.percent();
            case SUM -> sum(facts);
            case MEAN -> mean(facts);
            case ALL_YES -> shareYes(facts);
        };
        return new IndicatorRollup(indicator, scope, value, rate.numerator(), rate.denominator(),
                evaluations.size(), met, notMet, missing, notDue, rate.valueOnly());
    }

    /** Σ tử số and Σ mẫu số of the facts that have both; null sums when none has. */
    private record Rate(BigDecimal numerator, BigDecimal denominator, int valueOnly) {

        static final Rate NONE = new Rate(null, null, 0);

        static Rate of(List<Fact> facts) {
            List<Fact> ratios = facts.stream().filter(Fact::hasRatio).toList();
            if (ratios.isEmpty()) {
                return new Rate(null, null, facts.size());
            }
            return new Rate(
                    ratios.stream().map(Fact::numerator).reduce(BigDecimal.ZERO, BigDecimal::add),
                    ratios.stream().map(Fact::denominator).reduce(BigDecimal.ZERO, BigDecimal::add),
                    facts.size() - ratios.size());
        }

        BigDecimal percent() {
            return denominator == null || denominator.signum() == 0
                    ? null
                    : numerator.multiply(HUNDRED).divide(denominator, IndicatorJudge.MATH);
        }
    }

    private static BigDecimal sum(List<Fact> facts) {
        return facts.isEmpty() ? null
                : facts.stream().map(Fact::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal mean(List<Fact> facts) {
        return facts.isEmpty() ? null
                : sum(facts).divide(BigDecimal.valueOf(facts.size()), IndicatorJudge.MATH);
    }

    private static BigDecimal shareYes(List<Fact> facts) {
        if (facts.isEmpty()) {
            return null;
        }
        long yes = facts.stream().filter(f -> f.value().compareTo(BigDecimal.ONE) == 0).count();
        return HUNDRED.multiply(BigDecimal.valueOf(yes)).divide(BigDecimal.valueOf(facts.size()),
                IndicatorJudge.MATH);
    }

    private static int count(List<Evaluation> evaluations, Status status) {
        return (int) evaluations.stream().filter(e -> e.status() == status).count();
    }
}
