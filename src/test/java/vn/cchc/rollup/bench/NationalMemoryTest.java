package vn.cchc.rollup.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The national-size job in a child JVM limited to 512 MB of heap: it must complete. The input is
 * the national generator's, with fewer agencies than the benchmark's 4,000 to keep CI short
 * (the benchmark runs the full size with the same heap, see docs/performance.md).
 */
class NationalMemoryTest {

    private static final int AGENCIES = 1200;

    @TempDir
    Path root;

    @Test
    void nationalRunCompletesWithin512MbOfHeap() throws Exception {
        Path input = root.resolve("input");
        BenchCommand.generateNational(input, AGENCIES);
        long files;
        try (var walk = Files.walk(input.resolve("reports"))) {
            files = walk.filter(Files::isRegularFile).count();
        }
        assertThat(files).isGreaterThan(200);

        Path log = root.resolve("run.log");
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "vn.cchc.rollup.job.Cli",
                "run", "--input", input.toString(), "--output", root.resolve("output").toString(),
                "--data", root.resolve("data").toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = read(log);
        assertThat(finished).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).doesNotContain("OutOfMemoryError").contains("Tệp báo cáo: " + files + " (mới " + files);
        assertThat(root.resolve("output/2026-Q1/Tong-hop-CCHC-2026-Q1.xlsx")).exists();
        long factLines = Files.lines(root.resolve("output/2026-Q1/facts.csv")).count() - 1;
        assertThat(factLines).isGreaterThan(AGENCIES * 15L);
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
}
