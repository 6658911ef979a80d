package vn.cchc.rollup.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.cchc.rollup.catalog.AgencyKind;
import vn.cchc.rollup.score.BandScale;
import vn.cchc.rollup.score.PeriodResult;

/** The workbook officials open: overview, rankings, area scores, indicator matrix, gaps, data quality, values resubmitted, charts. */
public final class SummaryWorkbook {

    private final BandScale bands;

    public SummaryWorkbook() {
        this(BandScale.defaults());
    }

    public SummaryWorkbook(BandScale bands) {
        this.bands = bands;
    }

    public static String fileName(PeriodResult result) {
        return "Tong-hop-CCHC-" + result.period().code() + ".xlsx";
    }

    /** Writes the workbook atomically; the same result and charts give the same bytes. */
    public void write(PeriodResult result, Charts charts, Path file) throws IOException {
        write(result, charts, QualityNotes.NONE, file);
    }

    /** As {@link #write(PeriodResult, Charts, Path)}, with the period's warnings and resubmissions. */
    public void write(PeriodResult result, Charts charts, QualityNotes notes, Path file) throws IOException {
        write(result, charts, notes, PeriodContext.NONE, file);
    }

    /** As {@link #write(PeriodResult, Charts, QualityNotes, Path)}, with submissions and trends. */
    public void write(PeriodResult result, Charts charts, QualityNotes notes, PeriodContext context, Path file)
            throws IOException {
        write(result, charts, notes, context, List.of(), file);
    }

    /** @param trendCharts the trend chart files, placed in the trend sheet */
    public void write(PeriodResult result, Charts charts, QualityNotes notes, PeriodContext context,
            List<Path> trendCharts, Path file) throws IOException {
        write(result, () -> charts, notes, context, trendCharts, file);
    }

    /** The charts as they will be once drawn: asked for only when the charts sheet is built, near the end. */
    @FunctionalInterface
    public interface PendingCharts {
        Charts get() throws IOException;
    }

    /**
     * As {@link #write(PeriodResult, Charts, QualityNotes, PeriodContext, List, Path)} with charts still
     * being drawn, so that the sheets before the charts sheet are built meanwhile.
     */
    public void write(PeriodResult result, PendingCharts charts, QualityNotes notes, PeriodContext context,
            List<Path> trendCharts, Path file) throws IOException {
        OutputWorkbooks.writeAndClose(build(result, charts, notes, context, trendCharts), file);
    }

    SXSSFWorkbook build(PeriodResult result, Charts charts) throws IOException {
        return build(result, charts, QualityNotes.NONE);
    }

    SXSSFWorkbook build(PeriodResult result, Charts charts, QualityNotes notes) throws IOException {
        return build(result, charts, notes, PeriodContext.NONE);
    }

    SXSSFWorkbook build(PeriodResult result, Charts charts, QualityNotes notes, PeriodContext context)
            throws IOException {
        return build(result, charts, notes, context, List.of());
    }

    SXSSFWorkbook build(PeriodResult result, Charts charts, QualityNotes notes, PeriodContext context,
            List<Path> trendCharts) throws IOException {
        return build(result, () -> charts, notes, context, trendCharts);
    }

    private SXSSFWorkbook build(PeriodResult result, PendingCharts charts, QualityNotes notes, PeriodContext context,
            List<Path> trendCharts) throws IOException {
        SXSSFWorkbook workbook = OutputWorkbooks.streaming();
        try {
            WorkbookStyles styles = new WorkbookStyles(workbook.getXSSFWorkbook());
            ResultLookup lookup = new ResultLookup(result);
            OverviewSheet.write(workbook, styles, lookup);
            BandCounts.write(workbook, styles, result, bands);
            RankingSheet.write(workbook, styles, lookup, AgencyKind.SO);
            RankingSheet.write(workbook, styles, lookup, AgencyKind.XA);
            AreaScoresSheet.write(workbook, styles, lookup);
            IndicatorMatrixSheet.write(workbook, styles, lookup);
            NotReportedSheet.write(workbook, styles, lookup);
            if (context.submissions() != null) {
                SubmissionSheet.write(workbook, styles, lookup, context.submissions());
            }
            DataQualitySheet.write(workbook, styles, lookup, notes);
            if (ResubmissionSheet.hasChanges(notes)) {
                ResubmissionSheet.write(workbook, styles, lookup, notes);
            }
            TaskIndicatorSheet.write(workbook, styles, lookup);
            if (context.trends() != null) {
                TrendSheet.write(workbook, styles, context.trends(), trendCharts);
            }
            ChartsSheet.write(workbook, styles, lookup, charts.get());
            if (context.run() != null) {
                RunLogSheet.write(workbook, styles, lookup, context.run());
                // the run's record is for analysts, not part of the printed summary: a hidden sheet does not print
                workbook.setSheetHidden(workbook.getSheetIndex(RunLogSheet.NAME), true);
            }
            OutputWorkbooks.describe(workbook.getXSSFWorkbook(), result.period(), OfficialDocument.summaryTitle(result.period()));
            return workbook;
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw e;
        }
    }
}
