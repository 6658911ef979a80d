package vn.cchc.rollup.publish;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Workbook;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.xlsx.PageLayout;

/** Sheet "Biểu đồ": the main charts as pictures, each printed whole on a landscape A4 page of its own. */
final class ChartsSheet {

    static final String NAME = "Biểu đồ";
    private static final int COLUMNS = 15;
    private static final int COLUMN_CHARACTERS = 9;
    /** What fits inside the margins, header and title row of a landscape A4 page at 100 %. */
    static final int PAGE_WIDTH = 940;
    static final int PAGE_HEIGHT = 560;

    private ChartsSheet() {
    }

    static void write(Workbook workbook, WorkbookStyles styles, ResultLookup lookup, Charts charts) throws IOException {
        Period period = lookup.result().period();
        int[] widths = new int[COLUMNS];
        java.util.Arrays.fill(widths, COLUMN_CHARACTERS);
        SheetWriter out = new SheetWriter(workbook.createSheet(NAME), styles)
                .print(PageLayout.landscape(OfficialDocument.summaryTitle(period)))
                .columns(widths);
        OfficialDocument.title(out, lookup.result().plan(), period, "Biểu đồ");
        Drawing<?> drawing = out.sheet().createDrawingPatriarch();
        int row = 2;
        boolean first = true;
        for (Path chart : charts.main()) {
            if (!first) {
                // a blank row after the break: a picture starting right on it also prints a sliver on the page before
                out.breakAfter(row - 1);
                row++;
            }
            first = false;
            row += Pictures.place(workbook, drawing, out, chart, row, 0, PAGE_WIDTH, PAGE_HEIGHT);
        }
    }
}
