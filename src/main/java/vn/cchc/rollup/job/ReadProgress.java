package vn.cchc.rollup.job;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import vn.cchc.rollup.intake.FileFingerprint;
import vn.cchc.rollup.store.ReportStore;

/**
 * Progress of the read step: on an interactive terminal a line redrawn after every chunk (files read
 * of total, rate, time left); otherwise one log line when the step ends.
 */
class ReadProgress implements StepExecutionListener, ItemWriteListener<ParsedFile> {

    private static final Logger log = LoggerFactory.getLogger(ReadProgress.class);

    private final ReportStore store;
    private final PrintStream terminal;
    private int total;
    private int done;
    private long startNanos;

    /** @param terminal where to draw the progress line, or null when not on a terminal */
    ReadProgress(ReportStore store, PrintStream terminal) {
        this.store = store;
        this.terminal = terminal;
    }

    /** The console when there is a user at it (stdout not redirected), else null. */
    static PrintStream interactiveTerminal() {
        return System.console() == null ? null : System.out;
    }

    @Override
    public void beforeStep(StepExecution step) {
        List<FileFingerprint> pending = PendingFiles.decode(step.getJobExecution().getExecutionContext()
                .getString(ScanTasklet.PENDING, ""));
        total = PendingFiles.remaining(pending, store.activeFingerprints()).size();
        done = 0;
        startNanos = System.nanoTime();
    }

    @Override
    public void afterWrite(Chunk<? extends ParsedFile> items) {
        done += items.size();
        log.debug("Stored {} of {} files", done, total);
        if (terminal != null) {
            terminal.print("\r" + line(done, total, Duration.ofNanos(System.nanoTime() - startNanos)));
            terminal.flush();
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (terminal != null && done > 0) {
            terminal.println();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        log.info("Read {} of {} files in {} s", done, total, took.toSeconds());
        return null;
    }

    /** "Đọc tệp: 120/300 (40%) · 12,5 tệp/giây · còn khoảng 0:14". */
    static String line(int done, int total, Duration elapsed) {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        double rate = done / seconds;
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        long left = rate <= 0 ? 0 : Math.round((total - done) / rate);
        return String.format(java.util.Locale.forLanguageTag("vi-VN"), "Đọc tệp: %d/%d (%d%%) · %.1f tệp/giây · còn khoảng %d:%02d   ",
                done, total, percent, rate, left / 60, left % 60);
    }
}
