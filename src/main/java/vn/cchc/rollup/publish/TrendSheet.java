package vn.cchc.rollup.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.cchc.rollup.xlsx.Look;
import vn.cchc.rollup.xlsx.PageLayout;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Workbook;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.trend.Direction;
import vn.cchc.rollup.trend.TrendLine;
import vn.cchc.rollup.trend.Trends;

/**
 * Sheet "Xu hướng": every score and indicator value that has something to compare against the
 * previous period of the same kind or the same period last year, with arrows (▲ ▼ ▬; scores
 * coloured green up, red down), and the trend charts of khối Sở and khối xã side by side on one page
 * below the table. Only the khối scores (overall and by area) print; each agency's lines and the
 * khối indicator lines are grouped and folded, so a quarter with a previous one still prints on two
 * pages. With no earlier period, one line says so. Every line is also in {@link TrendsCsv}.
 */
final class TrendSheet {

    static final String NAME = "Xu hướng";
    static final int TABLE_HEADER_ROW = 5;
    static final int LAST_COLUMN = 11;
    static final String NO_PREVIOUS = "Không có số liệu kỳ trước";
    static final String NO_LAST_YEAR = "Không có số liệu cùng kỳ";
    static final String COLLAPSED = "Bản in chỉ gồm điểm khối và điểm lĩnh vực của khối; dòng chỉ tiêu khối và dòng"
            + " của từng đơn vị được thu gọn (bấm dấu + ở lề trái để mở; không in ra); đủ mọi dòng trong tệp "
            + TrendsCsv.FILE + " cùng thư mục.";
    static final String NOTHING_TO_COMPARE = "Chưa có số liệu của kỳ trước cùng loại hay cùng kỳ năm trước để so sánh;"
            + " xu hướng sẽ có từ kỳ báo cáo sau.";
    /**
     * Above this many lines (about 250 agencies) the sheet leaves out each agency's area and
     * indicator lines, which stay in xu-huong.csv: a national run has 150,000 of them (1.8 million
     * cells), more than anyone reads in a sheet. (Memory is not the reason: the summary is streamed.)
     */
    static final int MAX_LINES = 10_000;
    /** Two charts side by side fill a landscape page: the first from column 1, the second from column 5. */
    private static final int CHART_WIDTH = 500;
    private static final int CHART_HEIGHT = 400;
    private static final int[] CHART_COLUMNS = {1, 5};

    private TrendSheet() {
    }

    static void write(Workbook workbook, WorkbookStyles styles, Trends trends, List<Path> charts) throws IOException {
        SheetWriter out = new SheetWriter(workbook.createSheet(NAME), styles)
                .print(PageLayout.landscape(OfficialDocument.summaryTitle(trends.period()))
                        .repeating(TABLE_HEADER_ROW, TABLE_HEADER_ROW))
                .columns(14, 14, 26, 12, 30, 9, 9, 9, 9, 10, 9, 9);
        out.text(0, 0, "XU HƯỚNG SO VỚI KỲ TRƯỚC VÀ CÙNG KỲ NĂM TRƯỚC – "
                + trends.period().label().toUpperCase(OfficialDocument.VIETNAMESE), Looks.TITLE);
        out.rowHeight(0, 24);
        out.text(1, 0, "Kỳ trước cùng loại: " + available(trends.previous(), trends.hasPrevious()), Looks.BOLD);
        out.text(2, 0, "Cùng kỳ năm trước: " + available(trends.lastYear(), trends.hasLastYear()), Looks.BOLD);
        if (!trends.hasPrevious() && !trends.hasLastYear()) {
            out.text(4, 0, NOTHING_TO_COMPARE, Looks.BOLD);
            return;
        }
        out.header(TABLE_HEADER_ROW, "Nhóm", "Mã", "Tên", "Mã lĩnh vực/chỉ tiêu", "Nội dung", "Kỳ này",
                "Kỳ trước", "Thay đổi", "Xu hướng", "Cùng kỳ năm trước", "Thay đổi ", "Xu hướng ");
        Look number = Looks.number("#,##0.00");
        List<TrendLine> lines = trends.lines().stream().filter(TrendSheet::comparable).toList();
        if (lines.size() > MAX_LINES) {
            lines = lines.stream().filter(l -> !l.item().agencyDetail()).toList();
            out.text(4, 0, "Bảng chỉ gồm điểm khối, chỉ tiêu khối và điểm tổng của từng đơn vị; đủ mọi dòng (điểm"
                    + " lĩnh vực, chỉ tiêu của từng đơn vị) trong tệp " + TrendsCsv.FILE + " cùng thư mục.", Looks.BOLD);
        }
        if (lines.stream().anyMatch(l -> !l.item().groupScore())) {
            out.text(3, 0, COLLAPSED, Looks.BOLD);
        }
        int row = TABLE_HEADER_ROW + 1;
        for (TrendLine line : lines) {
            out.text(row, 0, line.item().section());
            out.text(row, 1, line.item().subjectCode());
            out.text(row, 2, line.item().subjectName(), Looks.WRAPPED);
            out.text(row, 3, line.item().itemCode());
            out.text(row, 4, line.item().itemName(), Looks.WRAPPED);
            out.number(row, 5, line.current(), number);
            out.number(row, 6, line.previous(), number);
            out.number(row, 7, line.changeFromPrevious(), number);
            out.text(row, 8, arrow(line.fromPrevious(), NO_PREVIOUS), arrowStyle(line, line.fromPrevious()));
            out.number(row, 9, line.lastYear(), number);
            out.number(row, 10, line.changeFromLastYear(), number);
            out.text(row, 11, arrow(line.fromLastYear(), NO_LAST_YEAR), arrowStyle(line, line.fromLastYear()));
            if (!line.item().groupScore()) {
                collapse(out, row);
            }
            row++;
        }
        out.finishTable(TABLE_HEADER_ROW, row - 1, LAST_COLUMN, 3);
        placeCharts(workbook, out, charts, row);
    }

    /** A row grouped and folded away: it is not printed until someone opens its group. */
    private static void collapse(SheetWriter out, int row) {
        out.sheet().groupRow(row, row);
        out.sheet().getRow(row).setZeroHeight(true);
    }

    /** A line compared with at least one earlier period. */
    static boolean comparable(TrendLine line) {
        return line.fromPrevious() != Direction.NO_DATA || line.fromLastYear() != Direction.NO_DATA;
    }

    static String arrow(Direction direction, String noData) {
        return direction == Direction.NO_DATA ? noData : direction.arrow();
    }

    private static String available(Period period, boolean hasData) {
        return period.label() + (hasData ? "" : " (không có số liệu)");
    }

    private static Look arrowStyle(TrendLine line, Direction direction) {
        if (!line.item().higherIsBetter() || direction == Direction.NO_DATA || direction == Direction.SAME) {
            return Looks.cell(null, null);
        }
        return Looks.cell(null, direction == Direction.UP ? Looks.MET_FILL : Looks.NOT_MET_FILL);
    }

    /** The charts side by side, two to a page of their own below the table. */
    private static void placeCharts(Workbook workbook, SheetWriter out, List<Path> charts, int tableEnd) throws IOException {
        Drawing<?> drawing = out.sheet().createDrawingPatriarch();
        int row = tableEnd + 1;
        int rows = 0;
        for (int i = 0; i < charts.size(); i++) {
            int slot = i % CHART_COLUMNS.length;
            if (slot == 0) {
                row += rows;
                out.breakAfter(row - 1);
                row++;
            }
            rows = Math.max(slot == 0 ? 0 : rows, 1 + Pictures.place(workbook, drawing, out, charts.get(i), row,
                    CHART_COLUMNS[slot], CHART_WIDTH, CHART_HEIGHT));
        }
    }
}
