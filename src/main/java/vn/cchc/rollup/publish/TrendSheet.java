package vn.cchc.rollup.publish;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import vn.cchc.rollup.xlsx.Look;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.trend.Direction;
import vn.cchc.rollup.trend.TrendLine;
import vn.cchc.rollup.trend.Trends;

/**
 * Sheet "Xu hướng": every score and indicator value against the previous period of the same kind
 * and the same period last year, with arrows (▲ ▼ ▬; scores coloured green up, red down), and the
 * trend charts of khối Sở and khối xã beside the table. Every line is also in {@link TrendsCsv}.
 */
final class TrendSheet {

    static final String NAME = "Xu hướng";
    static final int TABLE_HEADER_ROW = 4;
    static final int LAST_COLUMN = 11;
    static final String NO_PREVIOUS = "Không có số liệu kỳ trước";
    static final String NO_LAST_YEAR = "Không có số liệu cùng kỳ";
    /**
     * Above this many lines (about 250 agencies) the sheet leaves out each agency's area and
     * indicator lines, which stay in xu-huong.csv: a national run has 150,000 of them (1.8 million
     * cells), more than anyone reads in a sheet. (Memory is not the reason: the summary is streamed.)
     */
    static final int MAX_LINES = 10_000;
    private static final int CHART_COLUMNS = 10;
    private static final int COLUMN_PIXELS = 64;
    private static final int ROW_PIXELS = 20;

    private TrendSheet() {
    }

    static void write(Workbook workbook, WorkbookStyles styles, Trends trends, List<Path> charts) throws IOException {
        SheetWriter out = new SheetWriter(workbook.createSheet(NAME), styles);
        out.text(0, 0, "XU HƯỚNG SO VỚI KỲ TRƯỚC VÀ CÙNG KỲ NĂM TRƯỚC – "
                + trends.period().label().toUpperCase(java.util.Locale.ROOT), Looks.TITLE);
        out.text(1, 0, "Kỳ trước cùng loại: " + available(trends.previous(), trends.hasPrevious()), Looks.BOLD);
        out.text(2, 0, "Cùng kỳ năm trước: " + available(trends.lastYear(), trends.hasLastYear()), Looks.BOLD);
        out.header(TABLE_HEADER_ROW, "Nhóm", "Mã", "Tên", "Mã lĩnh vực/chỉ tiêu", "Nội dung", "Kỳ này",
                "Kỳ trước", "Thay đổi", "Xu hướng", "Cùng kỳ năm trước", "Thay đổi ", "Xu hướng ");
        Look number = Looks.number("#,##0.00");
        List<TrendLine> lines = trends.lines();
        if (lines.size() > MAX_LINES) {
            lines = lines.stream().filter(l -> !l.item().agencyDetail()).toList();
            out.text(3, 0, "Bảng chỉ gồm điểm khối, chỉ tiêu khối và điểm tổng của từng đơn vị; đủ mọi dòng (điểm"
                    + " lĩnh vực, chỉ tiêu của từng đơn vị) trong tệp " + TrendsCsv.FILE + " cùng thư mục.", Looks.BOLD);
        }
        int row = TABLE_HEADER_ROW + 1;
        for (TrendLine line : lines) {
            out.text(row, 0, line.item().section());
            out.text(row, 1, line.item().subjectCode());
            out.text(row, 2, line.item().subjectName());
            out.text(row, 3, line.item().itemCode());
            out.text(row, 4, line.item().itemName());
            out.number(row, 5, line.current(), number);
            out.number(row, 6, line.previous(), number);
            out.number(row, 7, line.changeFromPrevious(), number);
            out.text(row, 8, arrow(line.fromPrevious(), NO_PREVIOUS), arrowStyle(line, line.fromPrevious()));
            out.number(row, 9, line.lastYear(), number);
            out.number(row, 10, line.changeFromLastYear(), number);
            out.text(row++, 11, arrow(line.fromLastYear(), NO_LAST_YEAR), arrowStyle(line, line.fromLastYear()));
        }
        out.finishTable(TABLE_HEADER_ROW, row - 1, LAST_COLUMN, 3, 22, 16, 34, 14, 40, 11, 11, 11, 14, 14, 11, 14);
        placeCharts(workbook, out, charts);
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

    private static void placeCharts(Workbook workbook, SheetWriter out, List<Path> charts) throws IOException {
        Drawing<?> drawing = out.sheet().createDrawingPatriarch();
        int row = TABLE_HEADER_ROW;
        int column = LAST_COLUMN + 2;
        for (Path chart : charts) {
            BufferedImage image = ImageIO.read(chart.toFile());
            int rows = Math.round((float) CHART_COLUMNS * COLUMN_PIXELS * image.getHeight() / image.getWidth() / ROW_PIXELS);
            int picture = workbook.addPicture(Files.readAllBytes(chart), Workbook.PICTURE_TYPE_PNG);
            drawing.createPicture(new XSSFClientAnchor(0, 0, 0, 0, column, row, column + CHART_COLUMNS, row + rows), picture);
            row += rows + 2;
        }
    }
}
