package vn.cchc.rollup.read.layouts;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.read.ParsedReport;
import vn.cchc.rollup.read.ReportParser;

/**
 * Runs generated cases as dynamic tests: write the file, parse it, check it, count it by axis.
 * Two system properties help whoever fixes the reader: {@code layoutgen.dir} keeps the files in that folder
 * (to open them or run {@code check} on them), {@code layoutgen.only} runs only the listed case ids ("3,17").
 */
final class LayoutRun {

    private final Plan plan;
    private final AxisTally tally;

    LayoutRun(Plan plan, AxisTally tally) {
        this.plan = plan;
        this.tally = tally;
    }

    Stream<DynamicTest> tests(List<LayoutCase> cases, Path tempDir) {
        Path dir = System.getProperty("layoutgen.dir") == null ? tempDir : Path.of(System.getProperty("layoutgen.dir"));
        Set<Integer> only = only();
        LayoutFiles files = new LayoutFiles(plan);
        ReportParser parser = new ReportParser(plan);
        return cases.stream()
                .filter(c -> only.isEmpty() || only.contains(c.id()))
                .map(layout -> DynamicTest.dynamicTest(layout.toString(), () -> {
                    boolean passed = false;
                    try {
                        GeneratedReport report = files.write(layout, dir);
                        ParsedReport parsed = parser.parse(report.file(), report.relative());
                        ReportCheck.verify(report, parsed);
                        passed = true;
                    } finally {
                        tally.add(layout, passed);
                    }
                }));
    }

    private static Set<Integer> only() {
        String ids = System.getProperty("layoutgen.only", "").strip();
        return ids.isEmpty() ? Set.of()
                : Arrays.stream(ids.split(",")).map(String::strip).map(Integer::valueOf).collect(Collectors.toSet());
    }
}
