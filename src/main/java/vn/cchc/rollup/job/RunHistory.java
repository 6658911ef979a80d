package vn.cchc.rollup.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The last runs of the job as the Spring Batch tables and each run's execution context record them. */
public record RunHistory(List<Entry> entries) {

    /** One execution; counts are null when the run did not get that far. */
    public record Entry(long id, LocalDateTime start, LocalDateTime end, String status, String exitCode,
            IntakeCounts intake, Integer facts, Integer rejects, String periods) {

        public Duration duration() {
            return start == null || end == null ? null : Duration.between(start, end);
        }
    }

    public static RunHistory load(JobRepository repository, int limit) {
        List<Entry> entries = new ArrayList<>();
        // each instance has at least one execution, so `limit` instances hold the `limit` newest executions
        for (JobInstance instance : repository.getJobInstances(ConsolidationJobConfig.JOB_NAME, 0, limit)) {
            for (JobExecution execution : repository.getJobExecutions(instance)) {
                entries.add(entry(execution));
            }
        }
        entries.sort(Comparator.comparingLong(Entry::id).reversed());
        return new RunHistory(List.copyOf(entries.subList(0, Math.min(limit, entries.size()))));
    }

    private static Entry entry(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        IntakeCounts intake = IntakeCounts.from(context);
        Integer facts = context.containsKey(PublishTasklet.FACTS) ? context.getInt(PublishTasklet.FACTS) : null;
        Integer rejects = context.containsKey(PublishTasklet.REJECTS) ? context.getInt(PublishTasklet.REJECTS) : null;
        String periods = context.containsKey(PublishTasklet.PERIODS) ? context.getString(PublishTasklet.PERIODS) : null;
        return new Entry(execution.getId(), execution.getStartTime(), execution.getEndTime(),
                execution.getStatus().name(), execution.getExitStatus().getExitCode(), intake, facts, rejects, periods);
    }
}
