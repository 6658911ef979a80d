package vn.cchc.rollup.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import vn.cchc.rollup.CchcRollupApplication;
import vn.cchc.rollup.intake.ReportFolder;
import vn.cchc.rollup.ops.LogFiles;
import vn.cchc.rollup.ops.SettlingFiles;
import javax.sql.DataSource;
import vn.cchc.rollup.ops.RunLock;
import vn.cchc.rollup.store.CrashLeftovers;
import vn.cchc.rollup.store.DatabaseRunLock;
import vn.cchc.rollup.store.ReportStore;

/**
 * Runs the consolidation job once, safely: holds the data folder's lock for the whole run; an
 * execution a killed process left STARTED is recovered and, when it worked on the same folders,
 * restarted so it finishes its work; otherwise a new instance starts. SIGTERM asks the job to stop
 * after the current step and waits for it.
 */
public final class JobRunner {

    public static final String QUIET_SECONDS_PROPERTY = "cchc.stable-seconds";
    public static final String LOG_DIR_PROPERTY = "cchc.log-dir";
    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    private static final Duration STOP_WAIT = Duration.ofMinutes(10);

    private JobRunner() {
    }

    /**
     * How a run ended; {@code summary} is set when it completed. {@code execution} is null when
     * nothing had changed since the last run and no job ran ({@link UnchangedRun}).
     */
    public record Outcome(JobExecution execution, boolean restarted, RunSummary summary) {
        static Outcome unchanged(RunSummary summary) {
            return new Outcome(null, false, summary);
        }

        public boolean unchanged() {
            return execution == null;
        }

        public boolean completed() {
            return execution == null || execution.getStatus() == BatchStatus.COMPLETED;
        }

        public boolean stopped() {
            return execution != null && execution.getStatus() == BatchStatus.STOPPED;
        }

        public String failure() {
            return execution.getAllFailureExceptions().stream().findFirst().map(Throwable::getMessage)
                    .orElse(execution.getExitStatus().getExitDescription());
        }
    }

    /** @throws RunLock.HeldException when another run holds the data folder */
    public static Outcome run(RunRequest request, String command) throws Exception {
        return run(request, command, null);
    }

    /**
     * As {@link #run(RunRequest, String)}; with {@code settling}, first waits for files just copied
     * into the reports folder to stay untouched for the quiet period ({@link SettlingFiles}),
     * telling it once how many it waits for; without, such files wait for the next run.
     */
    public static Outcome run(RunRequest request, String command, SettlingFiles.Notice settling) throws Exception {
        try (RunLock lock = RunLock.acquire(request.data(), command)) {
            Instant now = Instant.now();
            Optional<RunSummary> unchanged = UnchangedRun.check(request, now);
            if (unchanged.isPresent()) {
                LogFiles.attach(request.data().resolve("logs"));
                log.info("Nothing changed since the last completed run (reports, plan, day, outputs): nothing to do");
                return Outcome.unchanged(unchanged.get());
            }
            UnchangedRun.forget(request.data());
            UnchangedRun.Inputs inputs = listInputs(request, now);
            Outcome outcome = runJob(request, command, settling);
            if (inputs != null && outcome.summary() != null && !outcome.restarted()) {
                UnchangedRun.record(request, inputs, outcome.summary());
            }
            return outcome;
        }
    }

    /** The inputs as the run starts, for the stamp it leaves; null when they cannot be listed (the scan will say why). */
    private static UnchangedRun.Inputs listInputs(RunRequest request, Instant now) {
        try {
            return UnchangedRun.inputs(request, now);
        } catch (RuntimeException e) {
            log.debug("Inputs not listed for the stamp: {}", e.toString());
            return null;
        }
    }

    private static Outcome runJob(RunRequest request, String command, SettlingFiles.Notice settling) throws Exception {
        CountDownLatch finished = new CountDownLatch(1);
        try (ConfigurableApplicationContext context = startContext(request.data(), request.springArgs());
             DatabaseRunLock databaseLock = DatabaseRunLock.tryAcquire(context.getBean(DataSource.class))) {
            if (!databaseLock.acquired()) {
                throw new DatabaseBusyException();
            }
            LogFiles.attach(logFolder(context, request.data()));
            JobOperator operator = context.getBean(JobOperator.class);
            JobRepository repository = context.getBean(JobRepository.class);
            Job job = context.getBean(ConsolidationJobConfig.JOB_NAME + "Job", Job.class);
            Thread stopOnTerm = new Thread(() -> stopGracefully(repository, operator, finished), "stop-on-sigterm");
            Runtime.getRuntime().addShutdownHook(stopOnTerm);
            try {
                Duration quiet = request.quietPeriod() != null ? request.quietPeriod()
                        : Duration.ofSeconds(context.getEnvironment().getProperty(QUIET_SECONDS_PROPERTY, Long.class, 10L));
                if (settling != null) {
                    ReportFolder reports = new ReportFolder(request.input().resolve("reports"));
                    SettlingFiles.await(reports::files, quiet, settling);
                }
                JobExecution interrupted = interruptedExecution(repository, operator, request,
                        context.getBean(CrashLeftovers.class));
                JobExecution execution;
                if (interrupted != null) {
                    log.info("Restarting execution {} left {} by an earlier run", interrupted.getId(), interrupted.getStatus());
                    execution = operator.restart(interrupted);
                } else {
                    execution = operator.start(job, RunParameters.of(request, quiet, System.currentTimeMillis()));
                }
                RunSummary summary = execution.getStatus() == BatchStatus.COMPLETED
                        ? RunSummary.of(execution, context.getBean(ReportStore.class), request.output()) : null;
                return new Outcome(execution, interrupted != null, summary);
            } finally {
                removeHook(stopOnTerm);
            }
        } finally {
            // a SIGTERM hook waits for this: the lock is released and the database closed by now
            finished.countDown();
        }
    }

    /**
     * The last execution of the job, if it did not complete and worked on the same folders. One left
     * STARTED can only belong to a dead process, since we hold the lock: it is recovered first.
     */
    static JobExecution interruptedExecution(JobRepository repository, JobOperator operator, RunRequest request,
            CrashLeftovers leftovers) {
        JobInstance last = repository.getLastJobInstance(ConsolidationJobConfig.JOB_NAME);
        if (last == null) {
            return null;
        }
        JobExecution execution = repository.getLastJobExecution(last);
        if (execution == null || !RunParameters.sameFolders(execution.getJobParameters(), request)) {
            return null;
        }
        if (execution.getStatus().isRunning()) {
            log.warn("Execution {} was left {} by a process that stopped; recovering it", execution.getId(),
                    execution.getStatus());
            execution = operator.recover(execution);
            leftovers.clear();
        }
        return switch (execution.getStatus()) {
            case FAILED, STOPPED -> execution;
            default -> null;
        };
    }

    /** Another process runs the consolidation on the same shared (PostgreSQL) database. */
    public static final class DatabaseBusyException extends Exception {
    }

    public static ConfigurableApplicationContext startContext(Path data) {
        return startContext(data, List.of());
    }

    /** @param springArgs {@code --spring.x=y} options, which take precedence over application.properties */
    static ConfigurableApplicationContext startContext(Path data, List<String> springArgs) {
        SpringApplication app = new SpringApplication(CchcRollupApplication.class);
        app.setDefaultProperties(Map.of("cchc.data", data.toString().replace('\\', '/')));
        // the job's own hook stops the run and closes the context in order; Spring's would close it under the job
        app.setRegisterShutdownHook(false);
        return app.run(springArgs.toArray(String[]::new));
    }

    private static Path logFolder(ConfigurableApplicationContext context, Path data) {
        String configured = context.getEnvironment().getProperty(LOG_DIR_PROPERTY);
        return configured == null || configured.isBlank() ? data.resolve("logs") : Path.of(configured);
    }

    private static void stopGracefully(JobRepository repository, JobOperator operator, CountDownLatch finished) {
        if (finished.getCount() == 0) {
            return;
        }
        for (JobExecution running : repository.findRunningJobExecutions(ConsolidationJobConfig.JOB_NAME)) {
            try {
                log.warn("Stop requested: execution {} stops after its current step", running.getId());
                operator.stop(running);
            } catch (Exception e) {
                log.warn("Cannot stop execution {}: {}", running.getId(), e.getMessage());
            }
        }
        try {
            finished.await(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running
        }
    }
}
