package vn.cchc.rollup.job;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job parameters of a run. {@code input}, {@code output} and a unique {@code run} key identify
 * the job instance, so every run is a new instance and a restart reuses exactly the parameters it
 * was started with (no incrementer carrying over old values); the tuning knobs are not identifying.
 */
final class RunParameters {

    static final String RUN_KEY = "run";
    static final String QUIET_SECONDS = "quietSeconds";
    static final String PERIODS = "periods";
    /** System property fixing the run's day (yyyy-MM-dd) instead of today: replays and tests of day-dependent figures. */
    static final String RUN_DATE_PROPERTY = "cchc.run-date";

    private RunParameters() {
    }

    static JobParameters of(RunRequest request, Duration quietPeriod, long runKey) {
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addString(RunFolders.INPUT, request.input().toString(), true)
                .addString(RunFolders.OUTPUT, request.output().toString(), true)
                .addLong(RUN_KEY, runKey, true)
                .addLong(QUIET_SECONDS, quietPeriod.toSeconds(), false);
        String runDate = System.getProperty(RUN_DATE_PROPERTY);
        if (runDate != null && !runDate.isBlank()) {
            parameters.addString(PublishTasklet.RUN_DATE, LocalDate.parse(runDate.strip()).toString(), false);
        }
        if (!request.periods().isEmpty()) {
            parameters.addString(PERIODS, String.join(",", request.periods()), false);
        }
        return parameters.toJobParameters();
    }

    /** The day the run counts days overdue up to: {@value #RUN_DATE_PROPERTY} when set, else today. */
    static LocalDate runDay() {
        String runDate = System.getProperty(RUN_DATE_PROPERTY);
        return runDate == null || runDate.isBlank() ? LocalDate.now() : LocalDate.parse(runDate.strip());
    }

    /** Whether an earlier execution worked on the same folders as this request. */
    static boolean sameFolders(JobParameters parameters, RunRequest request) {
        return request.input().toString().equals(parameters.getString(RunFolders.INPUT))
                && request.output().toString().equals(parameters.getString(RunFolders.OUTPUT));
    }

    static Duration quietPeriod(JobParameters parameters) {
        Long seconds = parameters.getLong(QUIET_SECONDS);
        return Duration.ofSeconds(seconds == null ? 0 : seconds);
    }

    /** The periods to publish; empty means all. */
    static List<String> periods(JobParameters parameters) {
        String periods = parameters.getString(PERIODS);
        if (periods == null || periods.isBlank()) {
            return List.of();
        }
        return Arrays.stream(periods.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
