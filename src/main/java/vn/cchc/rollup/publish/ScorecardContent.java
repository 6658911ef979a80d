package vn.cchc.rollup.publish;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.score.Evaluation;
import vn.cchc.rollup.score.EvaluationDigests;
import vn.cchc.rollup.task.TaskStatus;

/**
 * All that one agency's scorecard shows beyond the plan's texts: its own score, rank among its
 * kind, evaluations, the problems of its files and its tasks, and nothing of the other agencies'
 * results, so that one agency's new file changes its own scorecard and those whose rank moves, not
 * every scorecard. {@link #key()} says all it holds: the scorecard's key in {@link PublishedKeys}.
 *
 * @param areaScores score per area code (0–100), sorted: a map's own order may differ between runs
 * @param peers      agencies of its kind in the plan
 * @param problems   rejects of the files its values came from
 * @param evaluationsDigest the digest of its evaluations ({@link EvaluationDigests#shown}), which the key names them by
 */
record ScorecardContent(
        Period period,
        Agency agency,
        BigDecimal score,
        SortedMap<String, BigDecimal> areaScores,
        int rank,
        int peers,
        boolean reported,
        List<Evaluation> evaluations,
        List<Reject> problems,
        List<TaskStatus> tasks,
        String evaluationsDigest) {

    /** With the digest made from the evaluations. */
    ScorecardContent(Period period, Agency agency, BigDecimal score, SortedMap<String, BigDecimal> areaScores, int rank,
            int peers, boolean reported, List<Evaluation> evaluations, List<Reject> problems, List<TaskStatus> tasks) {
        this(period, agency, score, areaScores, rank, peers, reported, evaluations, problems, tasks,
                EvaluationDigests.of(evaluations).shownOf(agency.code()));
    }

    ScorecardContent {
        areaScores = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(areaScores));
        evaluations = List.copyOf(evaluations);
        problems = List.copyOf(problems);
        tasks = List.copyOf(tasks);
    }

    /**
     * All it holds as one compact text, the plan's agencies, indicators and tasks named by their
     * codes (the plan is part of every key, see {@link PublishedKeys#key}), the evaluations by their digest.
     */
    String key() {
        StringBuilder key = new StringBuilder(512).append(period.code()).append('|').append(agency.code()).append('|')
                .append(score).append('|').append(areaScores).append('|').append(rank).append('/').append(peers)
                .append('|').append(reported).append('|').append(evaluationsDigest).append('\n');
        for (Reject problem : problems) {
            key.append(problem).append('\n');
        }
        for (TaskStatus task : tasks) {
            key.append(task.task().code()).append('|').append(task.outcome()).append('|').append(task.report()).append('\n');
        }
        return key.toString();
    }
}
