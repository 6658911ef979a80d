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
 * Issue 15: a share of the generated layouts rendered as Word reports (letterhead table, title, the indicator
 * table with its merged header through gridSpan / vMerge, numbers typed as text, a "Nơi nhận" table) read to
 * the same facts as the spreadsheets.
 */
@Tag("docx-layouts")
class DocxLayoutGenTest {

    /** One generated layout in this many is also written as a Word report. */
    static final int SHARE = 6;

    private static final AxisTally TALLY = new AxisTally();

    private final Plan plan = PlanLoader.builtIn();

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> wordReportsReadToTheirFacts() {
        return new LayoutRun(plan, TALLY).tests(new CaseGenerator(plan).cases(LayoutGenTest.SEED, LayoutGenTest.COUNT)
                .stream()
                .filter(c -> c.id() % SHARE == 0)
                .map(c -> CaseGenerator.fit(c.withFormat(FileFormat.DOCX)))
                .toList(), dir);
    }

    @AfterAll
    static void printTally() {
        System.out.println(TALLY.report("Word layouts, pass counts by axis value:"));
    }
}
