package vn.cchc.rollup.score;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.normalize.Period;

/**
 * Evaluates, scores, ranks and rolls up one period (see DOMAIN.md, "Scoring"): each agency ×
 * indicator is judged in Java, the evaluations are stored and summed in SQL ({@link EvaluationTable}).
 */
public final class PeriodScorer {

    private PeriodScorer() {
    }

    /**
     * @param facts        the accepted facts of the period, at most one per agency × indicator;
     *                     facts of other periods, of agencies or indicators outside the plan, of an
     *                     indicator that does not apply to the agency, or without a value are ignored
     * @param previousYear the previous year's values, for INCREASE indicators
     * @param rejects      passed through to the result
     * @param table        where the period's evaluations are stored, replacing those it had, and summed
     */
    public static PeriodResult score(Plan plan, Period period, Collection<Fact> facts,
            PreviousValues previousYear, List<Reject> rejects, EvaluationTable table) {
        Map<String, Fact> factsByKey = index(plan, period, facts);
        IndicatorJudge judge = new IndicatorJudge(period, previousYear);
        List<Evaluation> evaluations = new ArrayList<>();
        for (Agency agency : plan.agencies()) {
            for (Indicator indicator : plan.indicatorsFor(agency)) {
                evaluations.add(judge.judge(agency, indicator, factsByKey.get(key(agency.code(), indicator.code()))));
            }
        }
        EvaluationDigests digests = EvaluationDigests.of(evaluations);
        table.replace(period, evaluations, digests.stored());
        EvaluationTable.Sums sums = table.sums(period);
        List<AgencyScore> scores = AgencyRanking.rank(plan.agencies(), sums.agencyPoints());
        List<Agency> notReported = scores.stream()
                .filter(score -> !score.reported())
                .map(AgencyScore::agency)
                .toList();
        return new PeriodResult(plan, period, evaluations, scores,
                Rollups.indicatorRollups(plan, sums.indicators()),
                Rollups.scopeScores(plan, sums.agencyPoints()),
                notReported, rejects, digests.shown());
    }

    /** Facts that can be judged, by agency × indicator; should a key repeat, the last fact wins. */
    private static Map<String, Fact> index(Plan plan, Period period, Collection<Fact> facts) {
        Map<String, Fact> byKey = new HashMap<>();
        for (Fact fact : facts) {
            if (!period.equals(fact.period()) || fact.value() == null) {
                continue;
            }
            boolean applies = plan.agency(fact.agencyCode())
                    .flatMap(agency -> plan.indicator(fact.indicatorCode()).filter(i -> i.appliesTo(agency)))
                    .isPresent();
            if (applies) {
                byKey.put(key(fact.agencyCode(), fact.indicatorCode()), fact);
            }
        }
        return byKey;
    }

    private static String key(String agencyCode, String indicatorCode) {
        return agencyCode + '\u0000' + indicatorCode;
    }
}
