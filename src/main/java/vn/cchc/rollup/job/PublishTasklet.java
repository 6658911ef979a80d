package vn.cchc.rollup.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.publish.PeriodPublisher;
import vn.cchc.rollup.publish.QualityNotes;
import vn.cchc.rollup.publish.RejectsCsv;
import vn.cchc.rollup.publish.WarningsCsv;
import vn.cchc.rollup.score.PeriodResult;
import vn.cchc.rollup.score.PeriodScorer;
import vn.cchc.rollup.store.ReportStore;
import vn.cchc.rollup.task.PlanExtras;
import vn.cchc.rollup.validate.FactWarnings;

/**
 * Last step: evaluates and scores every period that has accepted data, and rewrites its outputs
 * (workbook, charts, CSVs) as a snapshot of all accepted data; writes output/rejects.csv and
 * output/warnings.csv.
 */
class PublishTasklet implements Tasklet {

    static final String PERIODS = "periods";
    private static final Logger log = LoggerFactory.getLogger(PublishTasklet.class);

    private final ReportStore store;

    PublishTasklet(ReportStore store) {
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunFolders folders = RunFolders.of(chunkContext.getStepContext().getStepExecution().getJobParameters());
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
        try {
            Files.createDirectories(folders.output());
            for (Map.Entry<Period, List<Fact>> entry : byPeriod.entrySet()) {
                Period period = entry.getKey();
                PeriodResult result = PeriodScorer.score(plan, period, entry.getValue(),
                        (agency, indicator) -> Optional.ofNullable(values.get(key(agency, period.previousYear(), indicator))),
                        rejects);
                publisher.publish(result, notes, folders.output().resolve(period.code()));
                log.info("Published {}: {} facts", period.code(), entry.getValue().size());
            }
            RejectsCsv.write(rejects, folders.output().resolve("rejects.csv"));
            WarningsCsv.write(notes.warnings(), folders.output().resolve("warnings.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write outputs to " + folders.output(), e);
        }
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .put(PERIODS, byPeriod.keySet().stream().map(Period::code).collect(Collectors.joining(",")));
        return RepeatStatus.FINISHED;
    }

    private static String key(String agency, Period period, String indicator) {
        return agency + "|" + period.code() + "|" + indicator;
    }
}
