package vn.cchc.rollup.job;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.cchc.rollup.intake.FileFingerprint;
import vn.cchc.rollup.intake.ReportFolder;
import vn.cchc.rollup.ops.StableFiles;
import vn.cchc.rollup.store.ReportStore;

/**
 * Step 1: lists the reports folder, fingerprints every stable file (others wait for the next run;
 * a file whose size and modification time are those stored is not read again),
 * withdraws the facts of files that are gone, and leaves the new and changed files in the job
 * context for the read step.
 */
class ScanTasklet implements Tasklet {

    static final String PENDING = "pending";
    private static final Logger log = LoggerFactory.getLogger(ScanTasklet.class);

    private final ReportStore store;

    ScanTasklet(ReportStore store) {
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ExecutionContext jobContext = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        RunFolders folders = RunFolders.of(jobParameters(chunkContext));
        ReportFolder reports = folders.reports();
        Map<String, FileFingerprint> stored = store.activeFiles();
        ArrayList<FileFingerprint> pending = new ArrayList<>();
        Set<String> present = new HashSet<>();
        int added = 0;
        int changed = 0;
        StableFiles.Split split = new StableFiles(RunParameters.quietPeriod(jobParameters(chunkContext)), Instant.now())
                .split(reports.files());
        for (Path waiting : split.waiting()) {
            // a file being copied over an earlier version keeps that version's facts meanwhile
            present.add(reports.relative(waiting));
            log.info("Waiting for the next run (still being written or temporary): {}", reports.relative(waiting));
        }
        List<FileFingerprint> found = split.ready().stream()
                .map(file -> reports.fingerprint(file, stored.get(reports.relative(file)))).toList();
        List<FileFingerprint> touched = new ArrayList<>();
        for (FileFingerprint file : found) {
            present.add(file.relative());
            FileFingerprint previous = stored.get(file.relative());
            if (previous == null) {
                added++;
                pending.add(file);
            } else if (!previous.sha256().equals(file.sha256())) {
                changed++;
                pending.add(file);
            } else if (!previous.sameSizeAndTime(file)) {
                touched.add(file);
            }
        }
        // the same bytes under another time were read to know it: the next scan need not read them again
        store.updateSizesAndTimes(touched);
        int removed = 0;
        for (String path : stored.keySet()) {
            if (!present.contains(path)) {
                store.markRemoved(path);
                removed++;
            }
        }
        IntakeCounts counts = new IntakeCounts(found.size(), added, changed, found.size() - added - changed, removed,
                split.waiting().size());
        log.info("Scanned {}: {} files, {} new, {} changed, {} unchanged, {} removed, {} waiting", reports.root(),
                counts.found(), counts.added(), counts.changed(), counts.unchanged(), counts.removed(), counts.waiting());
        jobContext.putString(PENDING, PendingFiles.encode(pending));
        counts.putInto(jobContext);
        return RepeatStatus.FINISHED;
    }

    private static JobParameters jobParameters(ChunkContext chunkContext) {
        return chunkContext.getStepContext().getStepExecution().getJobParameters();
    }
}
