package vn.cchc.rollup.read.layouts;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.read.ParsedReport;
import vn.cchc.rollup.read.ReportParser;

/**
 * Issue 13, item 6: reports in every combination of the layout axes (xlsx with shared or inline strings,
 * xls, CSV) read to exactly their facts; the ambiguous ones are rejected naming what is missing.
 */
class LayoutGenTest {

    static final long SEED = 20260405L;
    static final int COUNT = 560;

    private static final AxisTally TALLY = new AxisTally();
    private static final long[] TIMES = new long[2];

    private final Plan plan = PlanLoader.builtIn();
    private final ReportParser parser = new ReportParser(plan);

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> everyGeneratedLayoutReadsToItsFacts() {
        List<LayoutCase> cases = new CaseGenerator(plan).cases(SEED, COUNT);
        LayoutFiles files = new LayoutFiles(plan);
        return cases.stream().map(layout -> DynamicTest.dynamicTest(layout.toString(), () -> {
            boolean passed = false;
            try {
                long start = System.nanoTime();
                GeneratedReport report = files.write(layout, dir);
                long written = System.nanoTime();
                ParsedReport parsed = parser.parse(report.file(), report.relative());
                TIMES[0] += written - start;
                TIMES[1] += System.nanoTime() - written;
                ReportCheck.verify(report, parsed);
                passed = true;
            } finally {
                TALLY.add(layout, passed);
            }
        }));
    }

    @AfterAll
    static void printTally() {
        System.out.println(TALLY.report("Layout generator, pass counts by axis value:"));
        System.out.printf("write %d ms, parse %d ms%n", TIMES[0] / 1_000_000, TIMES[1] / 1_000_000);
    }
}
