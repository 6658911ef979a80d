package vn.cchc.rollup.publish;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.commons.io.function.IORunnable;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.score.EvaluationTable;
import vn.cchc.rollup.score.PeriodResult;
import vn.cchc.rollup.score.PeriodScorer;
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
    private final PeriodPublisher publisher;
    private final SubmissionTracker tracker;
    private final EvaluationTable evaluations;

    /**
     * @param runDate     the day of the run: missing reports are overdue counted up to it
     * @param evaluations where the periods are summed; scoring replaces what it held
     */
    public AllPeriodsPublisher(Plan plan, PlanExtras extras, LocalDate runDate, ZoneId zone,
            EvaluationTable evaluations) {
        this.plan = plan;
        this.extras = extras;
        this.publisher = new PeriodPublisher(extras);
        this.tracker = new SubmissionTracker(extras.submission(), runDate, zone);
        this.evaluations = evaluations;
    }

    /**
     * Scores each period of {@code facts}, in period order. CDDH-02 is computed from the task reports
     * for every agency that has a task catalogue and reported on its tasks that year. The evaluations
     * stored before, of any period, are replaced by those of these periods.
     */
    public Map<Period, PeriodResult> score(List<Fact> facts, List<Reject> rejects) {
        Map<Period, List<Fact>> byPeriod = facts.stream()
                .collect(Collectors.groupingBy(Fact::period, TreeMap::new, Collectors.toList()));
        Map<String, BigDecimal> values = new HashMap<>();
        for (Fact fact : facts) {
            values.put(key(fact.agencyCode(), fact.period(), fact.indicatorCode()), fact.value());
        }
        Map<Period, PeriodResult> results = new LinkedHashMap<>();
        evaluations.keepOnly(byPeriod.keySet());
        for (Map.Entry<Period, List<Fact>> entry : byPeriod.entrySet()) {
            Period period = entry.getKey();
            List<Fact> periodFacts = TaskIndicator.withDerived(plan, period, entry.getValue(), extras.tasks(),
                    new TaskEvaluator(period, extras.taskReports()));
            results.put(period, PeriodScorer.score(plan, period, periodFacts,
                    (agency, indicator) -> Optional.ofNullable(values.get(key(agency, period.previousYear(), indicator))),
                    rejects, evaluations));
        }
        return results;
    }

    /**
     * Publishes every result into {@code output/<period code>/}, without a run log.
     *
     * @param files which present files gave values for which agency and period
     */
    public void publish(Map<Period, PeriodResult> results, QualityNotes notes, Collection<SubmittedFile> files,
            Path output) throws IOException {
        List<Publication> publications = new ArrayList<>();
        for (PeriodResult result : results.values()) {
            publications.add(new Publication(result, () -> context(result, results, files, null),
                    output.resolve(result.period().code())));
        }
        publishAll(publications, notes);
    }

    /**
     * A period to publish, with what its outputs show beyond itself, into its folder. The context is
     * worked out by the summary, which alone shows it, while the scorecards are made on the other
     * core (a national period's trends take a quarter of a second).
     */
    public record Publication(PeriodResult result, Supplier<PeriodContext> context, Path folder) {
    }

    /**
     * Publishes several periods on one pool of a thread per core: the periods' summaries first (the
     * long writes: charts, workbook), then every scorecard, so that both cores stay busy to the end.
     */
    public void publishAll(List<Publication> publications, QualityNotes notes) throws IOException {
        publishAll(publications, notes, PublishedKeys.NONE);
    }

    /** As {@link #publishAll(List, QualityNotes)}, a scorecard made only when its {@code keys} changed. */
    public void publishAll(List<Publication> publications, QualityNotes notes, PublishedKeys keys) throws IOException {
        FontSetup.ensure();
        List<IORunnable> summaries = new ArrayList<>();
        List<IORunnable> scorecards = new ArrayList<>();
        for (Publication publication : publications) {
            PeriodPublisher.PeriodOutputs outputs = publisher.outputs(publication.result(), notes,
                    publication.context(), publication.folder(), keys);
            summaries.add(outputs.summary());
            scorecards.addAll(outputs.scorecards());
        }
        List<IORunnable> all = new ArrayList<>(summaries);
        all.addAll(scorecards);
        ParallelWrites.forEach(all, IORunnable::run);
    }

    /**
     * What {@code result}'s outputs show beyond itself: its submissions (from {@code files}), its
     * trends against {@code all} the scored periods, and the {@code run} (null for none).
     */
    public PeriodContext context(PeriodResult result, Map<Period, PeriodResult> all, Collection<SubmittedFile> files,
            RunInfo run) {
        return new PeriodContext(tracker.track(result, files), Trends.of(result, all), run);
    }

    private static String key(String agency, Period period, String indicator) {
        return agency + "|" + period.code() + "|" + indicator;
    }
}
