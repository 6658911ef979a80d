package vn.cchc.rollup.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.publish.AllPeriodsPublisher;
import vn.cchc.rollup.publish.QualityNotes;
import vn.cchc.rollup.publish.RejectsCsv;
import vn.cchc.rollup.publish.WarningsCsv;
import vn.cchc.rollup.score.PeriodResult;
import vn.cchc.rollup.store.ReportStore;
import vn.cchc.rollup.task.PlanExtras;
import vn.cchc.rollup.validate.FactWarnings;

/**
 * Last step: evaluates and scores every period that has accepted data (CDDH-02 from task reports
 * where a task catalogue exists), and rewrites its outputs (workbook, charts, CSVs, submission
 * tracking, trends) as a snapshot of all accepted data; writes output/rejects.csv and
 * output/warnings.csv. Job parameter {@value #RUN_DATE} (yyyy-MM-dd, optional) fixes the day from
 * which missing reports are counted overdue.
 */
class PublishTasklet implements Tasklet {

    static final String PERIODS = "periods";
    static final String RUN_DATE = "runDate";
    private static final Logger log = LoggerFactory.getLogger(PublishTasklet.class);

    private final ReportStore store;

    PublishTasklet(ReportStore store) {
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunFolders folders = RunFolders.of(chunkContext.getStepContext().getStepExecution().getJobParameters());
        Plan plan = folders.plan();
        JobParameters parameters = chunkContext.getStepContext().getStepExecution().getJobParameters();
        PlanExtras extras = PlanExtras.load(folders.input().resolve("plans")).withTaskReports(store.taskReports());
        AllPeriodsPublisher publisher = new AllPeriodsPublisher(plan, extras, runDate(parameters), ZoneId.systemDefault());
        List<Fact> facts = store.effectiveFacts();
        List<Reject> rejects = store.activeRejects();
        QualityNotes notes = new QualityNotes(FactWarnings.check(plan, facts, store.presentFiles()), store.resubmissions());
        Map<Period, PeriodResult> results = publisher.score(facts, rejects);
        try {
            Files.createDirectories(folders.output());
            publisher.publish(results, notes, store.submittedFiles(), folders.output());
            results.forEach((period, result) -> log.info("Published {}: {} agencies reported", period.code(),
                    result.scores().stream().filter(s -> s.reported()).count()));
            RejectsCsv.write(rejects, folders.output().resolve("rejects.csv"));
            WarningsCsv.write(notes.warnings(), folders.output().resolve("warnings.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write outputs to " + folders.output(), e);
        }
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .put(PERIODS, results.keySet().stream().map(Period::code).collect(Collectors.joining(",")));
        return RepeatStatus.FINISHED;
    }

    /** The {@value #RUN_DATE} parameter (yyyy-MM-dd) when given, so runs can be replayed; else today. */
    private static LocalDate runDate(JobParameters parameters) {
        String given = parameters.getString(RUN_DATE);
        return given == null || given.isBlank() ? LocalDate.now() : LocalDate.parse(given);
    }
}
