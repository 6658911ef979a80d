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
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.read.ParsedReport;
import vn.cchc.rollup.read.RawRow;
import vn.cchc.rollup.read.ReportParser;
import vn.cchc.rollup.read.RowVisitor;
import vn.cchc.rollup.read.TableReaders;
import vn.cchc.rollup.read.UnreadableFileException;
import vn.cchc.rollup.task.TaskReportReader;

/**
 * The floor a full run is compared with: every file of a folder streamed through its
 * {@link TableReaders} reader with a visitor that only counts cells, on a fixed pool of threads.
 * And the read step without its database: every file interpreted as the run reads it (values, task
 * reports, rejects), on the same pool, so the step's cost splits into parse, interpretation and storing.
 */
public final class BareParse {

    /** What was read, and how long it took. */
    public record Totals(int files, int unreadable, long rows, long cells, double seconds) {
        public String line() {
            return String.format(java.util.Locale.ROOT, "bare-parse files=%d unreadable=%d rows=%d cells=%d seconds=%.3f",
                    files, unreadable, rows, cells, seconds);
        }
    }

    /** What interpreting gave, and how long it took. */
    public record Interpreted(int files, long facts, long rejects, double seconds) {
        public String line() {
            return String.format(java.util.Locale.ROOT, "interpret files=%d facts=%d rejects=%d seconds=%.3f",
                    files, facts, rejects, seconds);
        }
    }

    private BareParse() {
    }

    public static Totals run(Path reports, int threads) {
        List<Path> files = files(reports);
        AtomicLong rows = new AtomicLong();
        AtomicLong cells = new AtomicLong();
        AtomicLong unreadable = new AtomicLong();
        double seconds = onPool(files, threads, file -> {
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
        });
        return new Totals(files.size(), (int) unreadable.get(), rows.get(), cells.get(), seconds);
    }

    /** Every file of {@code input}/reports read as the read step reads it, with the plan of {@code input}/plans. */
    public static Interpreted interpret(Path input, int threads) {
        var plan = PlanLoader.load(input.resolve("plans"));
        ReportParser parser = new ReportParser(plan);
        TaskReportReader tasks = new TaskReportReader(plan);
        Path reports = input.resolve("reports");
        List<Path> files = files(reports);
        AtomicLong facts = new AtomicLong();
        AtomicLong rejects = new AtomicLong();
        double seconds = onPool(files, threads, file -> {
            String relative = reports.relativize(file).toString().replace('\\', '/');
            TaskReportReader.Visitor taskRows = tasks.visitor(relative);
            ParsedReport report = parser.parse(file, relative, taskRows);
            taskRows.result();
            facts.addAndGet(report.facts().size());
            rejects.addAndGet(report.rejects().size());
        });
        return new Interpreted(files.size(), facts.get(), rejects.get(), seconds);
    }

    private static List<Path> files(Path reports) {
        try (Stream<Path> walk = Files.walk(reports)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + reports, e);
        }
    }

    /** @return the seconds it took to do {@code work} on every file */
    private static double onPool(List<Path> files, int threads, java.util.function.Consumer<Path> work) {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = files.stream().<Future<?>>map(file -> pool.submit(() -> work.accept(file))).toList();
            for (Future<?> future : done) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("parse failed", e);
        } finally {
            pool.shutdown();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
