package vn.cchc.rollup.trend;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.score.AgencyScore;
import vn.cchc.rollup.score.IndicatorRollup;
import vn.cchc.rollup.score.PeriodResult;
import vn.cchc.rollup.score.Scope;
import vn.cchc.rollup.score.ScopeScore;

/**
 * A period against the previous period of the same kind and the same period last year, and the
 * group scores over every available period of the same kind up to it (for the trend charts).
 *
 * @param previous the previous period of the same kind, whether or not it has data
 * @param hasPrevious whether the previous period has results
 * @param hasLastYear whether the same period last year has results
 */
public record Trends(Period period, Period previous, boolean hasPrevious, Period lastYear, boolean hasLastYear,
        List<TrendLine> lines, List<TrendPoint> series, Sources sources) {

    public Trends {
        lines = List.copyOf(lines);
        series = List.copyOf(series);
    }

    /**
     * What the trends are made from besides the period's own result, for the key of an output that
     * shows them beside that result (a national period's trend lines are 7 MB of canonical bytes; the
     * sources of a period without earlier ones, nothing): each other result {@link #of} reads, with its
     * scope scores, agency scores and rollups, and its evaluations by their digests.
     */
    public record Sources(Period period, List<Source> others) {

        public Sources {
            others = List.copyOf(others);
        }
    }

    /** One result the trends read, as far as {@link TrendValues} and the series read it. */
    public record Source(Period period, List<ScopeScore> scopes, List<AgencyScore> scores,
            List<IndicatorRollup> rollups, Map<String, String> evaluationDigests) {

        static Source of(PeriodResult result) {
            return new Source(result.period(), result.scopes(), result.scores(), result.rollups(),
                    result.evaluationDigests());
        }
    }

    /** @param all the results of every period with data, of any kind */
    public static Trends of(PeriodResult current, Map<Period, PeriodResult> all) {
        Period period = current.period();
        Period previous = TrendPeriods.previous(period);
        Period lastYear = TrendPeriods.lastYear(period);
        Map<TrendItem, BigDecimal> now = TrendValues.of(current);
        Map<TrendItem, BigDecimal> before = all.containsKey(previous) ? TrendValues.of(all.get(previous)) : Map.of();
        Map<TrendItem, BigDecimal> yearAgo = all.containsKey(lastYear) ? TrendValues.of(all.get(lastYear)) : Map.of();
        List<TrendLine> lines = new ArrayList<>();
        for (Map.Entry<TrendItem, BigDecimal> entry : now.entrySet()) {
            lines.add(new TrendLine(entry.getKey(), entry.getValue(),
                    before.get(entry.getKey()), yearAgo.get(entry.getKey())));
        }
        List<TrendPoint> series = new ArrayList<>();
        for (PeriodResult result : sameKindUpTo(period, all).values()) {
            for (ScopeScore scope : result.scopes()) {
                series.add(new TrendPoint(scope.scope(), result.period(), scope.score()));
            }
        }
        return new Trends(period, previous, all.containsKey(previous), lastYear, all.containsKey(lastYear),
                lines, series, sources(current, all));
    }

    /** Every result {@link #of} reads but {@code current}, in period order. */
    private static Sources sources(PeriodResult current, Map<Period, PeriodResult> all) {
        Map<Period, PeriodResult> read = new TreeMap<>(sameKindUpTo(current.period(), all));
        for (Period other : List.of(TrendPeriods.previous(current.period()), TrendPeriods.lastYear(current.period()))) {
            if (all.containsKey(other)) {
                read.put(other, all.get(other));
            }
        }
        read.remove(current.period());
        List<Source> others = new ArrayList<>();
        read.values().forEach(result -> others.add(Source.of(result)));
        return new Sources(current.period(), others);
    }

    /** The chart points of one group, oldest period first. */
    public List<TrendPoint> series(Scope scope) {
        return series.stream().filter(p -> p.scope() == scope).sorted(java.util.Comparator.comparing(TrendPoint::period))
                .toList();
    }

    private static Map<Period, PeriodResult> sameKindUpTo(Period period, Map<Period, PeriodResult> all) {
        Map<Period, PeriodResult> result = new LinkedHashMap<>();
        all.entrySet().stream()
                .filter(e -> e.getKey().kind() == period.kind() && e.getKey().compareTo(period) <= 0)
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }
}
