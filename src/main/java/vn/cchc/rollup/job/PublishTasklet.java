package vn.cchc.rollup.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.ops.Fingerprint;
import vn.cchc.rollup.ops.LockInfo;
import vn.cchc.rollup.ops.PeriodFolders;
import vn.cchc.rollup.publish.AllPeriodsPublisher;
import vn.cchc.rollup.publish.PublishedKeys;
import vn.cchc.rollup.publish.QualityNotes;
import vn.cchc.rollup.publish.RejectsCsv;
import vn.cchc.rollup.publish.RunInfo;
import vn.cchc.rollup.publish.WarningsCsv;
import vn.cchc.rollup.publish.WriterWarmup;
import vn.cchc.rollup.score.EvaluationTable;
import vn.cchc.rollup.score.PeriodResult;
import vn.cchc.rollup.store.CurrentFacts;
import vn.cchc.rollup.store.ReportStore;
import vn.cchc.rollup.task.PlanExtras;
import vn.cchc.rollup.validate.FactWarnings;
import vn.cchc.rollup.validate.Warning;

/**
 * Last step: evaluates and scores every period that has accepted data (CDDH-02 from task reports
 * where a task catalogue exists), and replaces the output folder of each period published (all,
 * or those the run asks for) as a whole with a snapshot of all accepted data (see
 * {@link PeriodFolders}): workbook, charts, CSVs, submission tracking, trends. Writes
 * output/rejects.csv and output/warnings.csv. Job parameter {@value #RUN_DATE} (yyyy-MM-dd,
 * optional) fixes the day up to which missing reports are counted overdue.
 */
class PublishTasklet implements Tasklet {

    static final String PERIODS = "periods";
    static final String FACTS = "facts";
    static final String REJECTS = "rejects";
    static final String RUN_DATE = "runDate";
    private static final Logger log = LoggerFactory.getLogger(PublishTasklet.class);

    private final ReportStore store;
    private final EvaluationTable evaluations;

    PublishTasklet(ReportStore store, EvaluationTable evaluations) {
        this.store = store;
        this.evaluations = evaluations;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        JobExecution job = step.getJobExecution();
        RunFolders folders = RunFolders.of(step.getJobParameters());
        List<String> wanted = RunParameters.periods(step.getJobParameters());
        long start = System.nanoTime();
        // on the second core, idle until the scores are summed; a failure here only loses the head start
        CompletableFuture.runAsync(WriterWarmup::run).exceptionally(failure -> {
            log.debug("Warming up the writers failed", failure);
            return null;
        });
        Plan plan = folders.plan();
        PlanExtras extras = PlanExtras.load(folders.input().resolve("plans")).withTaskReports(store.taskReports());
        AllPeriodsPublisher publisher = new AllPeriodsPublisher(plan, extras, runDate(step.getJobParameters()),
                ZoneId.systemDefault(), evaluations);
        CurrentFacts current = store.currentFacts();
        List<Fact> facts = current.effective();
        List<Reject> rejects = store.activeRejects();
        List<Warning> fromReading = store.readWarnings();
        // the checks and the scoring only read the facts: one runs on the second core
        CompletableFuture<List<Warning>> warnings =
                CompletableFuture.supplyAsync(() -> FactWarnings.check(plan, facts, current.files(), fromReading));
        Map<Period, PeriodResult> results = publisher.score(facts, rejects);
        QualityNotes notes = new QualityNotes(warnings.join(), current.resubmissions());
        RunInfo run = runInfo(job, folders, facts.size(), rejects.size());
        log.info("Publish: facts loaded and scored in {} s", StepLog.seconds(start));
        long writeStart = System.nanoTime();
        List<String> published = new ArrayList<>();
        PublishedKeys keys = PublishedKeys.load(folders.output(),
                Fingerprint.program() + "\n" + Fingerprint.contents(folders.input().resolve("plans")));
        try (PeriodFolders outputs = PeriodFolders.begin(folders.output())) {
            List<AllPeriodsPublisher.Publication> publications = new ArrayList<>();
            for (PeriodResult result : results.values()) {
                Period period = result.period();
                if (!wanted.isEmpty() && !wanted.contains(period.code())) {
                    continue;
                }
                log.info("Publishing {}: {} agencies reported", period.code(),
                        result.scores().stream().filter(s -> s.reported()).count());
                publications.add(new AllPeriodsPublisher.Publication(result,
                        () -> publisher.context(result, results, current.submitted(), run), outputs.folder(period)));
                published.add(period.code());
            }
            publisher.publishAll(publications, notes, keys);
            log.info("Publish: outputs written in {} s", StepLog.seconds(writeStart));
            long commitStart = System.nanoTime();
            outputs.commit(results.keySet().stream().map(Period::code).collect(Collectors.toSet()));
            keys.save();
            RejectsCsv.write(rejects, folders.output().resolve("rejects.csv"));
            WarningsCsv.write(notes.warnings(), folders.output().resolve("warnings.csv"));
            log.info("Publish: folders swapped in {} s", StepLog.seconds(commitStart));
            log.info("Published {} period(s) to {}", published.size(), folders.output());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write outputs to " + folders.output(), e);
        }
        ExecutionContext context = job.getExecutionContext();
        context.put(PERIODS, String.join(",", published));
        context.putInt(FACTS, facts.size());
        context.putInt(REJECTS, rejects.size());
        return RepeatStatus.FINISHED;
    }

    private static RunInfo runInfo(JobExecution job, RunFolders folders, int facts, int rejects) {
        IntakeCounts intake = IntakeCounts.from(job.getExecutionContext());
        Instant started = job.getStartTime() == null ? Instant.now()
                : job.getStartTime().atZone(ZoneId.systemDefault()).toInstant();
        return new RunInfo(job.getId(), started, LockInfo.hostName(), folders.input().toString(),
                intake.found(), intake.added(), intake.changed(), intake.unchanged(), intake.removed(), intake.waiting(),
                facts, rejects);
    }

    /** The {@value #RUN_DATE} parameter (yyyy-MM-dd) when given, so runs can be replayed; else today. */
    private static LocalDate runDate(JobParameters parameters) {
        String given = parameters.getString(RUN_DATE);
        return given == null || given.isBlank() ? LocalDate.now() : LocalDate.parse(given);
    }
}
