package vn.cchc.rollup.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.Reproducibility;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.xlsx.SmallWorkbook;

/** Creating, dating and writing the workbooks the run publishes. */
final class OutputWorkbooks {

    /**
     * Rows of a sheet a streaming workbook keeps in memory; older ones are flushed to its XML. Every
     * sheet writer goes down its sheet row by row and only returns to rows near the top of short
     * sheets (headers, overview).
     */
    static final int ROW_WINDOW = 500;
    private static final String CREATOR = "cchc-rollup";

    private OutputWorkbooks() {
    }

    /**
     * For workbooks whose sheets can be large (the summary at national scale: 4,000 agencies): rows
     * are written out as the writers move down, so memory stays bounded.
     */
    static SXSSFWorkbook streaming() {
        return new SXSSFWorkbook(ROW_WINDOW);
    }

    /**
     * For the many small workbooks (a scorecard per agency): written straight as SpreadsheetML, about
     * a tenth of the cost of a workbook model. Dated, as {@link #describe}, by the end of the period.
     */
    static SmallWorkbook small(Period period, String title) {
        return new SmallWorkbook(title, CREATOR, periodEnd(period).toInstant());
    }

    /** Dates the workbook by the end of its period, so the same content always gives the same bytes. */
    static void describe(XSSFWorkbook workbook, Period period, String title) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setCreated(Optional.of(periodEnd(period)));
        core.setModified(Optional.of(periodEnd(period)));
        core.setCreator(CREATOR);
        core.setTitle(title);
    }

    private static Date periodEnd(Period period) {
        return Date.from(period.end().atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** Writes the workbook atomically with fixed zip entry times, then closes it (a streaming one deletes its temporary files). */
    static void writeAndClose(Workbook workbook, Path file) throws IOException {
        try (workbook) {
            AtomicFiles.write(file, out -> Reproducibility.runWithSourceDateEpoch(() -> workbook.write(out)));
        }
    }
}
