package vn.cchc.rollup.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.apache.commons.io.function.IORunnable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.score.PeriodResult;
import vn.cchc.rollup.task.PlanExtras;
import vn.cchc.rollup.task.TaskEvaluator;
import vn.cchc.rollup.trend.Trends;

/**
 * Writes what officials read for one period into {@code output/<period code>/}: the summary
 * workbook, the charts, the machine-readable facts.csv and scores.csv, and one scorecard per agency
 * in {@code don-vi/}, on one thread per core. Each file is replaced atomically.
 */
public final class PeriodPublisher {

    public static final String CHARTS_FOLDER = "charts";
    public static final String FACTS = "facts.csv";
    public static final String SCORES = "scores.csv";

    private static final Logger log = LoggerFactory.getLogger(PeriodPublisher.class);

    private final ChartRenderer charts = new ChartRenderer();
    private final SummaryWorkbook workbook;
    private final PlanExtras extras;

    public PeriodPublisher() {
        this(PlanExtras.defaults());
    }

    /** Bands for the overview and the scorecards, tasks and task reports for the scorecards. */
    public PeriodPublisher(PlanExtras extras) {
        this.extras = extras;
        this.workbook = new SummaryWorkbook(extras.bands());
    }

    /** @return the workbook file */
    public Path publish(PeriodResult result, Path periodDir) throws IOException {
        return publish(result, QualityNotes.NONE, periodDir);
    }

    /**
     * @param notes warnings and resubmissions of any period: those of the result's period are shown
     * @return the workbook file
     */
    public Path publish(PeriodResult result, QualityNotes notes, Path periodDir) throws IOException {
        return publish(result, notes, PeriodContext.NONE, periodDir);
    }

    /**
     * As {@link #publish(PeriodResult, QualityNotes, Path)}, with the submission sheet and
     * {@value LateOrMissingCsv#FILE} when the context has submissions, and the trends when it has them.
     */
    public Path publish(PeriodResult result, QualityNotes notes, PeriodContext context, Path periodDir)
            throws IOException {
        FontSetup.ensure();
        ParallelWrites.forEach(outputs(result, notes, context, periodDir).all(), IORunnable::run);
        return periodDir.resolve(SummaryWorkbook.fileName(result));
    }

    /**
     * One period's outputs as independent writes, for a caller that runs those of several periods
     * together ({@link AllPeriodsPublisher#publishAll}). Fonts must be set up ({@link FontSetup#ensure}).
     */
    PeriodOutputs outputs(PeriodResult result, QualityNotes notes, PeriodContext context, Path periodDir)
            throws IOException {
        return outputs(result, notes, context, periodDir, PublishedKeys.NONE);
    }

    /**
     * As {@link #outputs(PeriodResult, QualityNotes, PeriodContext, Path)}, with a scorecard made
     * only when what it shows changed since it was published ({@code keys}; {@code periodDir} is the
     * staging folder of the period's published folder {@code <output>/<period code>}).
     */
    PeriodOutputs outputs(PeriodResult result, QualityNotes notes, PeriodContext context, Path periodDir,
            PublishedKeys keys) throws IOException {
        return outputs(result, notes, () -> context, periodDir, keys);
    }

    /** As {@link #outputs(PeriodResult, QualityNotes, PeriodContext, Path, PublishedKeys)}, the context got by the summary. */
    PeriodOutputs outputs(PeriodResult result, QualityNotes notes, Supplier<PeriodContext> contextOfSummary,
            Path periodDir, PublishedKeys keys) throws IOException {
        Files.createDirectories(periodDir);
        AgencyScorecard scorecard = new AgencyScorecard(extras.bands(), result);
        TaskEvaluator tasks = new TaskEvaluator(result.period(), extras.taskReports());
        List<IORunnable> scorecards = new ArrayList<>();
        for (Agency agency : result.plan().agencies()) {
            scorecards.add(() -> {
                ScorecardContent content = scorecard.content(agency, tasks.evaluate(agency, extras.tasks().tasksFor(agency)));
                Path file = AgencyScorecard.file(periodDir, agency);
                String published = result.period().code() + "/" + AgencyScorecard.FOLDER + "/" + file.getFileName();
                String key = keys.key(content.key());
                if (!keys.reuse(published, key, file)) {
                    scorecard.write(content, file);
                    keys.made(published, key);
                }
            });
        }
        IORunnable summary = () -> {
            PeriodContext context = contextOfSummary.get();
            String folder = result.period().code() + "/";
            long start = System.nanoTime();
            String key = keys == PublishedKeys.NONE ? null : keys.key(summaryContent(result, notes, context));
            boolean reused = key != null && keys.reuseAll(folder, key, periodDir);
            if (key != null) {
                log.info("{}: summary {} (key in {} ms)", result.period().code(),
                        reused ? "unchanged, kept as published" : "made", (System.nanoTime() - start) / 1_000_000);
            }
            if (reused) {
                return;
            }
            ChartReuse reuse = key == null ? ChartReuse.NONE : new ChartReuse(keys, key, folder, periodDir);
            writeSummary(result, notes, context, periodDir, periodDir.resolve(SummaryWorkbook.fileName(result)), reuse);
            if (key != null) {
                log.info("{}: {}", result.period().code(), reuse.counts());
            }
            if (key != null) {
                keys.madeAll(folder, key, periodDir, AgencyScorecard.FOLDER);
            }
        };
        return new PeriodOutputs(summary, scorecards);
    }

    /**
     * All that a period's summary (workbook, charts, CSVs) shows beyond the plan (its bands too), as a
     * digest: the evaluations by their digests per agency (made when the period was scored), the trends
     * by what they are made from ({@link Trends.Sources}: with this result, they follow from it), of the
     * rejects only those it lists (not another period's), and not the run that publishes it, whose
     * "Nhật ký" sheet says which run made the workbook. The days overdue are in the submissions, so a
     * run on another day makes the summaries where they appear again.
     */
    private static String summaryContent(PeriodResult result, QualityNotes notes, PeriodContext context) {
        PeriodResult shown = new PeriodResult(result.plan(), result.period(), List.of(), result.scores(),
                result.rollups(), result.scopes(), result.notReported(), DataQualitySheet.shownRejects(result),
                result.evaluationDigests());
        return CanonicalDigest.of("summary", shown, notes.forPeriod(result.period()), context.submissions(),
                context.trends() == null ? null : context.trends().sources());
    }

    /** The summary of a period (charts, workbook, CSVs: one long write) and its scorecards (many short ones). */
    record PeriodOutputs(IORunnable summary, List<IORunnable> scorecards) {

        /** The summary first, so that it runs alongside the scorecards instead of after them. */
        List<IORunnable> all() {
            List<IORunnable> all = new ArrayList<>(List.of(summary));
            all.addAll(scorecards);
            return all;
        }
    }

    /** Draws a period's charts (the drawing itself runs on a thread per core). */
    private static final Executor DRAWING = task -> {
        Thread thread = new Thread(task, "charts");
        thread.setDaemon(true);
        thread.start();
    };

    private static Charts joined(CompletableFuture<Charts> charts) throws IOException {
        try {
            return charts.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    /**
     * The charts, the summary workbook and the period's CSV files: the CSVs beside the charts and the
     * workbook, which embeds the charts, so that a run with little else to do uses both cores.
     */
    private void writeSummary(PeriodResult result, QualityNotes notes, PeriodContext context, Path periodDir,
            Path workbookFile, ChartReuse reuse) throws IOException {
        IORunnable chartsAndWorkbook = () -> {
            List<Path> trendCharts = context.trends() == null ? List.of()
                    : TrendChartRenderer.render(context.trends(), result.plan().provinceName(),
                            periodDir.resolve(CHARTS_FOLDER), reuse);
            // the charts are drawn while the workbook's sheets before the charts sheet are built
            CompletableFuture<Charts> rendered = CompletableFuture.supplyAsync(() -> {
                try {
                    return charts.render(result, periodDir.resolve(CHARTS_FOLDER), reuse);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, DRAWING);
            try {
                workbook.write(result, () -> joined(rendered), notes.forPeriod(result.period()), context, trendCharts,
                        workbookFile);
            } finally {
                // never leave the drawing running into a folder about to be dropped
                rendered.exceptionally(failure -> null).join();
            }
        };
        IORunnable csvs = () -> {
            FactsCsv.write(result, periodDir.resolve(FACTS));
            ScoresCsv.write(result, periodDir.resolve(SCORES));
            if (context.trends() != null) {
                TrendsCsv.write(context.trends(), periodDir.resolve(TrendsCsv.FILE));
            }
            if (context.submissions() != null) {
                LateOrMissingCsv.write(context.submissions(), periodDir.resolve(LateOrMissingCsv.FILE));
            }
        };
        ParallelWrites.forEach(List.of(chartsAndWorkbook, csvs), IORunnable::run);
    }
}
