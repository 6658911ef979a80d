package vn.cchc.rollup.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.cchc.rollup.cli.Cli;
import vn.cchc.rollup.cli.RunCommand;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.ops.RunLock;
import vn.cchc.rollup.sample.SampleGenerator;

/**
 * The command line in a separate JVM, killed with SIGKILL at several points of a run over a few
 * hundred files; the next run must end with outputs identical to those of an uninterrupted run.
 */
class KillAndRestartTest {

    private static final int COPIES = 4;

    @TempDir
    static Path root;
    static Path input;
    static OutputSnapshot clean;

    @BeforeAll
    static void cleanRun() throws Exception {
        input = root.resolve("input");
        Path reports = input.resolve("reports");
        for (int copy = 1; copy <= COPIES; copy++) {
            SampleGenerator.generate(PlanLoader.builtIn(), List.of(Period.quarter(2026, 1), Period.half(2026, 1)),
                    reports.resolve("dot-" + copy), 100 + copy);
        }
        // resubmissions are resolved by report date, then modification time: make the latter fixed
        FileTime fixed = FileTime.from(Instant.parse("2026-07-01T00:00:00Z"));
        try (Stream<Path> files = Files.walk(reports)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, fixed);
            }
        }
        assertThat(countFiles(reports)).isGreaterThan(150);
        Run run = Run.start(root.resolve("clean-output"), root.resolve("clean-data"));
        assertThat(run.awaitExit()).as(run.log()).isZero();
        clean = OutputSnapshot.of(root.resolve("clean-output"));
        assertThat(clean.entries()).containsKeys("2026-Q1/facts.csv", "2026-Q1/scores.csv", "2026-H1/facts.csv",
                "2026-Q1/Tong-hop-CCHC-2026-Q1.xlsx", "rejects.csv");
    }

    @Test
    void killedWhileReadingFiles() throws Exception {
        Path output = killAndResume("reading", line -> line.contains("Reading ") && line.contains("dot-2/"));

        Run again = Run.start(output, root.resolve("data-reading"));
        assertThat(again.awaitExit()).as(again.log()).isZero();
        assertThat(again.log()).contains("mới 0, thay đổi 0").doesNotContain("Đã chạy tiếp");
        assertThat(OutputSnapshot.of(output).entries()).containsExactlyEntriesOf(clean.entries());
    }

    @Test
    void killedBetweenDatabaseWrites() throws Exception {
        int[] stored = {0};
        killAndResume("writes", line -> line.contains("Stored ") && ++stored[0] == 5);
    }

    @Test
    void killedWhilePublishing() throws Exception {
        killAndResume("publishing", line -> line.contains("Publishing 2026-Q1"));
    }

    @Test
    void sigtermStopsAfterTheCurrentStepAndTheNextRunContinues() throws Exception {
        Path output = root.resolve("output-term");
        Path data = root.resolve("data-term");
        Run stopped = Run.start(output, data);
        assertThat(stopped.awaitLine(line -> line.contains("Step read started"))).as(stopped.log()).isTrue();
        stopped.process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close our end of its output
        assertThat(stopped.awaitExit()).isNotZero();
        assertThat(stopped.log()).contains("Stop requested");
        assertThat(output).doesNotExist();

        ByteArrayOutputStream status = new ByteArrayOutputStream();
        assertThat(Cli.run(List.of("status", "--data", data.toString()), new PrintStream(status, true, StandardCharsets.UTF_8),
                System.err)).isZero();
        assertThat(status.toString(StandardCharsets.UTF_8)).contains("ĐÃ DỪNG");

        Run resumed = Run.start(output, data);
        assertThat(resumed.awaitExit()).as(resumed.log()).isZero();
        assertThat(resumed.log()).contains("Đã chạy tiếp lần chạy bị ngắt giữa chừng");
        assertThat(OutputSnapshot.of(output).entries()).containsExactlyEntriesOf(clean.entries());
    }

    @Test
    void aSecondRunWaitsWhileTheFirstHoldsTheDataFolder() throws Exception {
        Path data = root.resolve("lock-data");
        Run first = Run.start(root.resolve("lock-output"), data);
        first.awaitLine(line -> line.contains("Step scan started"));
        assertThatThrownBy(() -> RunLock.acquire(data, "test"))
                .isInstanceOf(RunLock.HeldException.class)
                .hasMessageContaining("PID " + first.process.pid())
                .hasMessageContaining("lệnh \"run\"");
        Run second = Run.start(root.resolve("lock-output"), data);
        assertThat(second.awaitExit()).isEqualTo(RunCommand.LOCKED);
        assertThat(second.log()).contains("đang có một lần chạy khác giữ thư mục dữ liệu")
                .contains("PID " + first.process.pid());
        first.process.destroyForcibly().waitFor();
        // the OS drops the lock of a dead process: no stale lock to clean by hand
        try (RunLock lock = RunLock.acquire(data, "test")) {
            assertThat(RunLock.holder(data)).isPresent();
        }
    }

    private Path killAndResume(String name, Predicate<String> killPoint) throws Exception {
        Path output = root.resolve("output-" + name);
        Path data = root.resolve("data-" + name);
        Run doomed = Run.start(output, data);
        assertThat(doomed.awaitLine(killPoint)).as("kill point reached in:%n%s", doomed.log()).isTrue();
        doomed.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Run resumed = Run.start(output, data);
        assertThat(resumed.awaitExit()).as(resumed.log()).isZero();
        assertThat(resumed.log()).contains("Đã chạy tiếp lần chạy bị ngắt giữa chừng");
        assertThat(OutputSnapshot.of(output).entries()).containsExactlyEntriesOf(clean.entries());
        assertEveryRowOnce(data);
        return output;
    }

    /**
     * The outputs cannot show a value stored twice when both copies say the same: the database is
     * read whole (no index: a row a crash left may be missing from them) and compared with the clean run's.
     */
    private static void assertEveryRowOnce(Path data) {
        JdbcTemplate resumed = database(data);
        JdbcTemplate uninterrupted = database(root.resolve("clean-data"));
        assertThat(resumed.queryForList("""
                select file_path || ' ' || period || ' ' || agency_code || ' ' || indicator_code || ' ' || source_location
                from fact use index ()
                group by file_path, period, agency_code, indicator_code, source_location having count(*) > 1""", String.class))
                .as("values stored twice").isEmpty();
        for (String table : List.of("fact", "reject", "read_warning", "task_report")) {
            assertThat(resumed.queryForObject("select count(*) from " + table + " use index () "
                    + "where file_path not in (select path from report_file)", Integer.class))
                    .as("rows of %s without a stored file", table).isZero();
            String count = "select count(*) from " + table + " use index ()";
            assertThat(resumed.queryForObject(count, Integer.class)).as("rows of %s", table)
                    .isEqualTo(uninterrupted.queryForObject(count, Integer.class));
        }
    }

    private static JdbcTemplate database(Path data) {
        return new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:h2:file:" + data.resolve("cchc").toString().replace('\\', '/'), "sa", ""));
    }

    private static long countFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    /** One `run` in its own JVM, its console read line by line. */
    private static final class Run {
        final Process process;
        final List<String> lines = new ArrayList<>();
        final BufferedReader reader;

        private Run(Process process) {
            this.process = process;
            this.reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        static Run start(Path output, Path data) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = List.of(java, "-Xmx1g", "-Djava.awt.headless=true",
                    "-Dlogging.level.vn.cchc.rollup.job=DEBUG",
                    "-cp", System.getProperty("java.class.path"), Cli.class.getName(),
                    "run", "--input", input.toString(), "--output", output.toString(), "--data", data.toString(),
                    "--stable-seconds", "0");
            return new Run(new ProcessBuilder(command).redirectErrorStream(true).directory(root.toFile()).start());
        }

        /** @return false when the process ended without printing such a line */
        boolean awaitLine(Predicate<String> wanted) throws IOException {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
                if (wanted.test(line)) {
                    return true;
                }
            }
            return false;
        }

        int awaitExit() throws Exception {
            awaitLine(line -> false);
            return process.waitFor();
        }

        String log() {
            return String.join(System.lineSeparator(), lines);
        }
    }
}
