package vn.cchc.rollup.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.cchc.rollup.score.PeriodResult;

/**
 * Writes what officials read for one period into {@code output/<period code>/}: the summary
 * workbook, the charts, and the machine-readable facts.csv and scores.csv. Each file is replaced
 * atomically.
 */
public final class PeriodPublisher {

    public static final String CHARTS_FOLDER = "charts";
    public static final String FACTS = "facts.csv";
    public static final String SCORES = "scores.csv";

    private final ChartRenderer charts = new ChartRenderer();
    private final SummaryWorkbook workbook = new SummaryWorkbook();

    /** @return the workbook file */
    public Path publish(PeriodResult result, Path periodDir) throws IOException {
        return publish(result, periodDir, null);
    }

    /** As {@link #publish(PeriodResult, Path)}; the workbook also tells which run made it (none: no such sheet). */
    public Path publish(PeriodResult result, Path periodDir, RunInfo run) throws IOException {
        FontSetup.ensure();
        Files.createDirectories(periodDir);
        Charts rendered = charts.render(result, periodDir.resolve(CHARTS_FOLDER));
        FactsCsv.write(result, periodDir.resolve(FACTS));
        ScoresCsv.write(result, periodDir.resolve(SCORES));
        Path workbookFile = periodDir.resolve(SummaryWorkbook.fileName(result));
        workbook.write(result, rendered, run, workbookFile);
        return workbookFile;
    }
}
