package vn.cchc.rollup.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** One log line when a step starts and one when it ends, with its outcome and duration. */
class StepLog implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StepLog.class);
    private long startNanos;

    @Override
    public void beforeStep(StepExecution step) {
        startNanos = System.nanoTime();
        log.info("Step {} started", step.getStepName());
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        log.info("Step {} {} in {} s", step.getStepName(), step.getStatus(), seconds(startNanos));
        return null;
    }

    /** Seconds since {@code startNanos}, to the millisecond (the benchmark reads them from the log). */
    static String seconds(long startNanos) {
        return String.format(java.util.Locale.ROOT, "%.3f", (System.nanoTime() - startNanos) / 1e9);
    }
}
