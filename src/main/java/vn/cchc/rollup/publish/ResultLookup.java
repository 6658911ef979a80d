package vn.cchc.rollup.publish;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.rollup.catalog.AgencyKind;
import vn.cchc.rollup.score.AgencyScore;
import vn.cchc.rollup.score.Evaluation;
import vn.cchc.rollup.score.IndicatorRollup;
import vn.cchc.rollup.score.PeriodResult;
import vn.cchc.rollup.score.Scope;
import vn.cchc.rollup.score.ScopeScore;

/** Finds the pieces of a {@link PeriodResult} by key. */
final class ResultLookup {

    private final PeriodResult result;
    private final Map<String, IndicatorRollup> rollups = new HashMap<>();
    private final Map<Scope, ScopeScore> scopes = new EnumMap<>(Scope.class);
    /** By agency code, then indicator code: no key to build for each of a national matrix's 124,000 cells. */
    private final Map<String, Map<String, Evaluation>> evaluations = new HashMap<>();

    ResultLookup(PeriodResult result) {
        this.result = result;
        result.rollups().forEach(r -> rollups.put(r.indicator().code() + "|" + r.scope(), r));
        result.scopes().forEach(s -> scopes.put(s.scope(), s));
        result.evaluations().forEach(e -> evaluations.computeIfAbsent(e.agency().code(), a -> new HashMap<>())
                .put(e.indicator().code(), e));
    }

    PeriodResult result() {
        return result;
    }

    Optional<IndicatorRollup> rollup(String indicatorCode, Scope scope) {
        return Optional.ofNullable(rollups.get(indicatorCode + "|" + scope));
    }

    Optional<ScopeScore> scope(Scope scope) {
        return Optional.ofNullable(scopes.get(scope));
    }

    Optional<Evaluation> evaluation(String agencyCode, String indicatorCode) {
        return Optional.ofNullable(evaluations.getOrDefault(agencyCode, Map.of()).get(indicatorCode));
    }

    /** Scores of one kind, best rank first (registry order among equals). */
    List<AgencyScore> ranked(AgencyKind kind) {
        return result.scores().stream()
                .filter(s -> s.agency().kind() == kind)
                .sorted(java.util.Comparator.comparingInt(AgencyScore::rank))
                .toList();
    }
}
