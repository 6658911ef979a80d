package vn.cchc.rollup.read.layouts;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;

/**
 * Issue 13, item 6: reports in every combination of the layout axes (xlsx with shared or inline strings,
 * xls, CSV) read to exactly their facts; the ambiguous ones are rejected naming what is missing.
 * See {@link LayoutRun} for the properties that keep the files or run a few cases.
 */
@Tag("layouts")
class LayoutGenTest {

    static final long SEED = 20260405L;
    static final int COUNT = 560;

    private static final AxisTally TALLY = new AxisTally();

    private final Plan plan = PlanLoader.builtIn();

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> everyGeneratedLayoutReadsToItsFacts() {
        return new LayoutRun(plan, TALLY).tests(new CaseGenerator(plan).cases(SEED, COUNT), dir);
    }

    @AfterAll
    static void printTally() {
        System.out.println(TALLY.report("Layout generator, pass counts by axis value:"));
    }
}
