package vn.cchc.rollup.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.ops.LockInfo;
import vn.cchc.rollup.ops.PeriodFolders;
import vn.cchc.rollup.publish.PeriodPublisher;
import vn.cchc.rollup.publish.QualityNotes;
import vn.cchc.rollup.publish.RunInfo;
import vn.cchc.rollup.publish.RejectsCsv;
import vn.cchc.rollup.publish.WarningsCsv;
import vn.cchc.rollup.score.PeriodResult;
import vn.cchc.rollup.score.PeriodScorer;
import vn.cchc.rollup.store.ReportStore;
import vn.cchc.rollup.task.PlanExtras;
import vn.cchc.rollup.validate.FactWarnings;

/**
 * Last step: evaluates and scores every period that has accepted data (or those the run asks for),
 * and replaces its output folder as a whole with a snapshot of all accepted data (see
 * {@link PeriodFolders}); writes output/rejects.csv and output/warnings.csv.
 */
class PublishTasklet implements Tasklet {

    static final String PERIODS = "periods";
    static final String FACTS = "facts";
    static final String REJECTS = "rejects";
    private static final Logger log = LoggerFactory.getLogger(PublishTasklet.class);

    private final ReportStore store;

    PublishTasklet(ReportStore store) {
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        JobExecution job = step.getJobExecution();
        RunFolders folders = RunFolders.of(step.getJobParameters());
        List<String> wanted = RunParameters.periods(step.getJobParameters());
        Plan plan = folders.plan();
        PeriodPublisher publisher = new PeriodPublisher(PlanExtras.load(folders.input().resolve("plans")));
        List<Fact> facts = store.effectiveFacts();
        List<Reject> rejects = store.activeRejects();
        QualityNotes notes = new QualityNotes(FactWarnings.check(plan, facts, store.presentFiles()), store.resubmissions());
        Map<Period, List<Fact>> byPeriod = facts.stream()
                .collect(Collectors.groupingBy(Fact::period, TreeMap::new, Collectors.toList()));
        Map<String, BigDecimal> values = new HashMap<>();
        for (Fact fact : facts) {
            values.put(key(fact.agencyCode(), fact.period(), fact.indicatorCode()), fact.value());
        }
        RunInfo run = runInfo(job, folders, facts.size(), rejects.size());
        List<String> published = new ArrayList<>();
        try (PeriodFolders outputs = PeriodFolders.begin(folders.output())) {
            for (Map.Entry<Period, List<Fact>> entry : byPeriod.entrySet()) {
                Period period = entry.getKey();
                if (!wanted.isEmpty() && !wanted.contains(period.code())) {
                    continue;
                }
                log.info("Publishing {}: {} facts", period.code(), entry.getValue().size());
                PeriodResult result = PeriodScorer.score(plan, period, entry.getValue(),
                        (agency, indicator) -> Optional.ofNullable(values.get(key(agency, period.previousYear(), indicator))),
                        rejects);
                publisher.publish(result, notes, outputs.folder(period), run);
                published.add(period.code());
            }
            outputs.commit(byPeriod.keySet().stream().map(Period::code).collect(Collectors.toSet()));
            RejectsCsv.write(rejects, folders.output().resolve("rejects.csv"));
            WarningsCsv.write(notes.warnings(), folders.output().resolve("warnings.csv"));
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

    private static String key(String agency, Period period, String indicator) {
        return agency + "|" + period.code() + "|" + indicator;
    }
}
