package vn.cchc.rollup.score;

import java.util.List;
import java.util.Map;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.normalize.Period;

/**
 * Everything published for one period.
 *
 * @param evaluations every agency × applicable indicator, in registry then catalogue order
 * @param scores      one per agency of the registry, in registry order
 * @param rollups     per indicator × scope (SO, XA, PROVINCE)
 * @param scopes      the scores of SO, XA and PROVINCE
 * @param notReported agencies without any accepted value for the period, in registry order
 * @param rejects     every file or row not accepted in the run (all periods)
 * @param evaluationDigests per agency code, the digest of all its evaluations hold ({@link EvaluationDigests#shown})
 */
public record PeriodResult(
        Plan plan,
        Period period,
        List<Evaluation> evaluations,
        List<AgencyScore> scores,
        List<IndicatorRollup> rollups,
        List<ScopeScore> scopes,
        List<Agency> notReported,
        List<Reject> rejects,
        Map<String, String> evaluationDigests) {

    /** With the digests made from the evaluations. */
    public PeriodResult(Plan plan, Period period, List<Evaluation> evaluations, List<AgencyScore> scores,
            List<IndicatorRollup> rollups, List<ScopeScore> scopes, List<Agency> notReported, List<Reject> rejects) {
        this(plan, period, evaluations, scores, rollups, scopes, notReported, rejects,
                EvaluationDigests.of(evaluations).shown());
    }

    public PeriodResult {
        evaluations = List.copyOf(evaluations);
        scores = List.copyOf(scores);
        rollups = List.copyOf(rollups);
        scopes = List.copyOf(scopes);
        notReported = List.copyOf(notReported);
        rejects = List.copyOf(rejects);
        evaluationDigests = Map.copyOf(evaluationDigests);
    }

    /** The digest of an agency's evaluations ({@link EvaluationDigests#NONE} when it has none). */
    public String evaluationDigest(Agency agency) {
        return evaluationDigests.getOrDefault(agency.code(), EvaluationDigests.NONE);
    }
}
