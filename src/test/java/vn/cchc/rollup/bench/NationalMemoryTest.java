package vn.cchc.rollup.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
                "-cp", System.getProperty("java.class.path"), "vn.cchc.rollup.cli.Cli",
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
        long factLines = Files.lines(root.resolve("output/2026-Q1/facts.csv")).count() - 1;
        assertThat(factLines).isGreaterThan(AGENCIES * 15L);
        assertEveryAgencyIsInTheWorkbook(root.resolve("output/2026-Q1"));
    }

    /** The summary's large sheets are streamed out in windows of rows: none may be lost or out of order. */
    private static void assertEveryAgencyIsInTheWorkbook(Path period) throws IOException {
        List<String> agencies;
        try (var lines = Files.lines(period.getParent().getParent().resolve("input/plans/agencies-national.csv"))) {
            agencies = lines.skip(1).map(line -> line.split(",", 2)[0]).toList();
        }
        assertThat(agencies).hasSize(AGENCIES);
        try (XSSFWorkbook workbook = new XSSFWorkbook(period.resolve("Tong-hop-CCHC-2026-Q1.xlsx").toFile())) {
            Sheet matrix = workbook.getSheet("Ma trận chỉ tiêu");
            for (int i = 0; i < agencies.size(); i++) {
                // the table starts under the sheet's title rows: header on row 4
                assertThat(matrix.getRow(4 + i).getCell(0).getStringCellValue()).isEqualTo(agencies.get(i));
            }
            Sheet communes = workbook.getSheet("Xếp hạng xã");
            double previousRank = 0;
            int rows = 0;
            int firstDataRow = 5; // title rows, then two header rows from row 4
            for (int r = firstDataRow; r <= communes.getLastRowNum(); r++) {
                double rank = communes.getRow(r).getCell(0).getNumericCellValue();
                assertThat(rank).isGreaterThanOrEqualTo(previousRank);
                previousRank = rank;
                rows++;
            }
            assertThat(rows + workbook.getSheet("Xếp hạng Sở").getLastRowNum() - (firstDataRow - 1)).isEqualTo(AGENCIES);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        try (var scorecards = Files.list(period.resolve("don-vi"))) {
            assertThat(scorecards.count()).isEqualTo(AGENCIES);
        }
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
}
