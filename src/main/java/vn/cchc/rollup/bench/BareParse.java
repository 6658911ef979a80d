package vn.cchc.rollup.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import vn.cchc.rollup.read.RawRow;
import vn.cchc.rollup.read.RowVisitor;
import vn.cchc.rollup.read.TableReaders;
import vn.cchc.rollup.read.UnreadableFileException;

/**
 * The floor a full run is compared with: every file of a folder streamed through its
 * {@link TableReaders} reader with a visitor that only counts cells, on a fixed pool of threads.
 */
public final class BareParse {

    /** What was read, and how long it took. */
    public record Totals(int files, int unreadable, long rows, long cells, double seconds) {
        public String line() {
            return String.format(java.util.Locale.ROOT, "bare-parse files=%d unreadable=%d rows=%d cells=%d seconds=%.3f",
                    files, unreadable, rows, cells, seconds);
        }
    }

    private BareParse() {
    }

    public static Totals run(Path reports, int threads) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(reports)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + reports, e);
        }
        AtomicLong rows = new AtomicLong();
        AtomicLong cells = new AtomicLong();
        AtomicLong unreadable = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = files.stream().<Future<?>>map(file -> pool.submit(() -> {
                var reader = TableReaders.forFile(file);
                if (reader.isEmpty()) {
                    unreadable.incrementAndGet();
                    return;
                }
                try {
                    reader.get().read(file, new RowVisitor() {
                        @Override
                        public void row(RawRow row) {
                            rows.incrementAndGet();
                            cells.addAndGet(row.cells().size());
                        }
                    });
                } catch (UnreadableFileException e) {
                    unreadable.incrementAndGet();
                }
            })).toList();
            for (Future<?> future : done) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("bare parse failed", e);
        } finally {
            pool.shutdown();
        }
        return new Totals(files.size(), (int) unreadable.get(), rows.get(), cells.get(),
                (System.nanoTime() - start) / 1e9);
    }
}
