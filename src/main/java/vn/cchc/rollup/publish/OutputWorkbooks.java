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

/** Creating, dating and writing the workbooks the run publishes. */
final class OutputWorkbooks {

    /**
     * Rows of a sheet a streaming workbook keeps in memory; older ones are flushed to its XML. Every
     * sheet writer goes down its sheet row by row and only returns to rows near the top of short
     * sheets (headers, overview).
     */
    static final int ROW_WINDOW = 500;

    private OutputWorkbooks() {
    }

    /**
     * For workbooks whose sheets can be large (the summary at national scale: 4,000 agencies): rows
     * are written out as the writers move down, so memory stays bounded. Small workbooks such as the
     * scorecards are cheaper as a plain {@link XSSFWorkbook} (SXSSF writes every sheet twice).
     */
    static SXSSFWorkbook streaming() {
        return new SXSSFWorkbook(ROW_WINDOW);
    }

    /** Dates the workbook by the end of its period, so the same content always gives the same bytes. */
    static void describe(XSSFWorkbook workbook, Period period, String title) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        Date periodEnd = Date.from(period.end().atStartOfDay().toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(periodEnd));
        core.setModified(Optional.of(periodEnd));
        core.setCreator("cchc-rollup");
        core.setTitle(title);
    }

    /** Writes the workbook atomically with fixed zip entry times, then releases it. */
    static void writeAndClose(Workbook workbook, Path file) throws IOException {
        try {
            AtomicFiles.write(file, out -> Reproducibility.runWithSourceDateEpoch(() -> workbook.write(out)));
        } finally {
            release(workbook);
        }
    }

    /**
     * A workbook made from scratch lives in an in-memory package, which {@code close()} would save a
     * second time into a buffer nobody reads (a fifth of a scorecard's cost); reverting just drops it.
     * A streaming workbook is closed, which deletes its temporary files.
     */
    private static void release(Workbook workbook) throws IOException {
        if (workbook instanceof XSSFWorkbook plain) {
            plain.getPackage().revert();
        } else {
            workbook.close();
        }
    }
}
