package vn.cchc.rollup.ops;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Fires each job definition on its cron schedule with Spring's scheduler. One thread: runs never
 * overlap within a service (and the run lock keeps other processes out). Closing waits for the run
 * in progress, which a SIGTERM asks to stop after its current step.
 */
public final class JobScheduler implements AutoCloseable {

    /** What to do when a definition fires; returns the exit code of the run. */
    @FunctionalInterface
    public interface Launch {
        int run(JobDefinition definition) throws Exception;
    }

    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);
    private static final int STOP_WAIT_SECONDS = 600;

    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final AtomicInteger finishedRuns = new AtomicInteger();

    public JobScheduler(List<JobDefinition> definitions, Launch launch) {
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("cchc-job-");
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(STOP_WAIT_SECONDS);
        scheduler.initialize();
        for (JobDefinition definition : definitions) {
            scheduler.schedule(() -> fire(definition, launch), new CronTrigger(definition.cron(), definition.zone()));
            log.info("Scheduled job {} at \"{}\" ({}): {} -> {}", definition.name(), definition.cron(),
                    definition.zone(), definition.input(), definition.output());
        }
    }

    /** How many scheduled runs have ended, whatever their outcome. */
    public int finishedRuns() {
        return finishedRuns.get();
    }

    private void fire(JobDefinition definition, Launch launch) {
        log.info("Job {} starts", definition.name());
        try {
            int code = launch.run(definition);
            log.info("Job {} ended with exit code {}", definition.name(), code);
        } catch (Exception e) {
            log.error("Job {} failed", definition.name(), e);
        } finally {
            finishedRuns.incrementAndGet();
        }
    }

    @Override
    public void close() {
        scheduler.shutdown();
    }
}
