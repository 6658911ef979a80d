package vn.cchc.rollup.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Waits until the files just copied into the reports folder have been left untouched for the
 * quiet period, so that a run started by hand right after copying reads them instead of leaving
 * them to the next run ({@link StableFiles}). Office lock files and partial downloads are never
 * waited for. Gives up after a limit: a file still changing then waits for the next run.
 */
public final class SettlingFiles {

    /** Beyond this a file is not being copied but kept open and written to: the run goes on without it. */
    public static final Duration LIMIT = Duration.ofMinutes(5);
    private static final Duration MARGIN = Duration.ofMillis(200);

    /** Told once, before the first wait, how many files are still settling and for how long they must stay untouched. */
    public interface Notice {
        void waiting(int files, Duration quiet);
    }

    private SettlingFiles() {
    }

    /**
     * @param files   the files of the folder, listed again at each look (more may be arriving)
     * @return whether it waited
     */
    public static boolean await(Supplier<List<Path>> files, Duration quiet, Notice notice) throws InterruptedException {
        Instant giveUp = Instant.now().plus(LIMIT);
        boolean waited = false;
        while (true) {
            Instant now = Instant.now();
            List<Path> settling = new StableFiles(quiet, now).split(files.get()).waiting().stream()
                    .filter(file -> !StableFiles.isTemporaryName(file.getFileName().toString())).toList();
            if (settling.isEmpty() || now.isAfter(giveUp)) {
                return waited;
            }
            if (!waited) {
                notice.waiting(settling.size(), quiet);
                waited = true;
            }
            Instant settled = settling.stream().map(SettlingFiles::modified).max(Instant::compareTo).orElse(now)
                    .plus(quiet).plus(MARGIN);
            Thread.sleep(Math.max(MARGIN.toMillis(), Duration.between(now, settled).toMillis()));
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            if (!Files.exists(file)) {
                return Instant.MIN; // gone meanwhile: nothing to wait for
            }
            throw new UncheckedIOException(e);
        }
    }
}
