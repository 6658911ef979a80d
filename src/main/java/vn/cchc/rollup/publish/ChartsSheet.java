package vn.cchc.rollup.publish;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Workbook;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.xlsx.PageLayout;

/**
 * Sheet "Biểu đồ": the main charts as pictures, printed whole, two to a portrait A4 page (one above
 * the other, each the full width of the page), so that the summary stays within 15 pages.
 */
final class ChartsSheet {

    static final String NAME = "Biểu đồ";
    private static final int COLUMNS = 9;
    private static final int COLUMN_CHARACTERS = 9;
    /** Half of what fits inside the margins, header and title rows of a portrait A4 page at 100 %. */
    static final int CHART_WIDTH = 600;
    static final int CHART_HEIGHT = 400;
    static final int CHARTS_PER_PAGE = 2;

    private ChartsSheet() {
    }

    static void write(Workbook workbook, WorkbookStyles styles, ResultLookup lookup, Charts charts) throws IOException {
        Period period = lookup.result().period();
        int[] widths = new int[COLUMNS];
        java.util.Arrays.fill(widths, COLUMN_CHARACTERS);
        SheetWriter out = new SheetWriter(workbook.createSheet(NAME), styles)
                .print(PageLayout.portrait(OfficialDocument.summaryTitle(period)))
                .columns(widths);
        OfficialDocument.title(out, lookup.result().plan(), period, "Biểu đồ");
        Drawing<?> drawing = out.sheet().createDrawingPatriarch();
        int row = 2;
        int placed = 0;
        for (Path chart : charts.main()) {
            if (placed > 0 && placed % CHARTS_PER_PAGE == 0) {
                // a blank row after the break: a picture starting right on it also prints a sliver on the page before
                out.breakAfter(row - 1);
            }
            if (placed > 0) {
                row++;
            }
            row += Pictures.place(workbook, drawing, out, chart, row, 0, CHART_WIDTH, CHART_HEIGHT);
            placed++;
        }
    }
}
