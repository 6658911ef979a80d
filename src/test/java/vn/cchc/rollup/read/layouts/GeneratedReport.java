package vn.cchc.rollup.read.layouts;

import java.nio.file.Path;
import java.util.List;

/**
 * A written report file with what it must give.
 *
 * @param relative the name the parser is given: the file name, perhaps under a period folder; both may carry agency and period
 */
record GeneratedReport(LayoutCase layout, Path file, String relative, ReportContent content,
                       List<ExpectedFact> expected) {
}
