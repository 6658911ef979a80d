package vn.cchc.rollup.publish;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.score.PeriodResult;
import vn.cchc.rollup.score.PeriodScorer;
import vn.cchc.rollup.submission.SubmissionReport;
import vn.cchc.rollup.submission.SubmissionTracker;
import vn.cchc.rollup.submission.SubmittedFile;
import vn.cchc.rollup.task.PlanExtras;
import vn.cchc.rollup.task.TaskEvaluator;
import vn.cchc.rollup.task.TaskIndicator;
import vn.cchc.rollup.trend.Trends;

/**
 * Scores every period that has accepted data, then publishes each with what needs the other
 * periods or the store: submission tracking (first file dates) and trends.
 */
public final class AllPeriodsPublisher {

    private final Plan plan;
    private final PlanExtras extras;
    private final LocalDate runDate;
    private final ZoneId zone;

    /** @param runDate the day of the run: missing reports are overdue counted up to it */
    public AllPeriodsPublisher(Plan plan, PlanExtras extras, LocalDate runDate, ZoneId zone) {
        this.plan = plan;
        this.extras = extras;
        this.runDate = runDate;
        this.zone = zone;
    }

    /**
     * Scores each period of {@code facts}, in period order. CDDH-02 is computed from the task reports
     * for every agency that has a task catalogue and reported on its tasks that year.
     */
    public Map<Period, PeriodResult> score(List<Fact> facts, List<Reject> rejects) {
        Map<Period, List<Fact>> byPeriod = facts.stream()
                .collect(Collectors.groupingBy(Fact::period, TreeMap::new, Collectors.toList()));
        Map<String, BigDecimal> values = new HashMap<>();
        for (Fact fact : facts) {
            values.put(key(fact.agencyCode(), fact.period(), fact.indicatorCode()), fact.value());
        }
        Map<Period, PeriodResult> results = new LinkedHashMap<>();
        for (Map.Entry<Period, List<Fact>> entry : byPeriod.entrySet()) {
            Period period = entry.getKey();
            List<Fact> periodFacts = TaskIndicator.withDerived(plan, period, entry.getValue(), extras.tasks(),
                    new TaskEvaluator(period, extras.taskReports()));
            results.put(period, PeriodScorer.score(plan, period, periodFacts,
                    (agency, indicator) -> Optional.ofNullable(values.get(key(agency, period.previousYear(), indicator))),
                    rejects));
        }
        return results;
    }

    /**
     * Publishes every result into {@code output/<period code>/}.
     *
     * @param files which present files gave values for which agency and period
     */
    public void publish(Map<Period, PeriodResult> results, QualityNotes notes, Collection<SubmittedFile> files,
            Path output) throws IOException {
        PeriodPublisher publisher = new PeriodPublisher(extras);
        SubmissionTracker tracker = new SubmissionTracker(extras.submission(), runDate, zone);
        for (PeriodResult result : results.values()) {
            SubmissionReport submissions = tracker.track(result, files);
            publisher.publish(result, notes, new PeriodContext(submissions, Trends.of(result, results)), output.resolve(result.period().code()));
        }
    }

    private static String key(String agency, Period period, String indicator) {
        return agency + "|" + period.code() + "|" + indicator;
    }
}
