package vn.cchc.rollup.publish;

import java.util.List;
import vn.cchc.rollup.xlsx.Look;
import org.apache.poi.ss.usermodel.Workbook;
import vn.cchc.rollup.catalog.AgencyKind;
import vn.cchc.rollup.catalog.Area;
import vn.cchc.rollup.score.AgencyScore;

/**
 * Sheets "Xếp hạng Sở" and "Xếp hạng xã": one row per agency in rank order, score overall and per
 * area. Area codes head the columns; the second header row spells out the area names.
 */
final class RankingSheet {

    static final String SO = "Xếp hạng Sở";
    static final String XA = "Xếp hạng xã";
    static final int FIRST_DATA_ROW = 2;

    private RankingSheet() {
    }

    static String name(AgencyKind kind) {
        return kind == AgencyKind.SO ? SO : XA;
    }

    static void write(Workbook workbook, WorkbookStyles styles, ResultLookup lookup, AgencyKind kind) {
        SheetWriter out = new SheetWriter(workbook.createSheet(name(kind)), styles);
        List<Area> areas = lookup.result().plan().areas();
        int reportedColumn = 4 + areas.size();
        String[] fixed = {"Hạng", "Mã đơn vị", "Tên đơn vị", "Điểm"};
        for (int column = 0; column < fixed.length; column++) {
            out.text(0, column, fixed[column], Looks.HEADER);
            out.text(1, column, "", Looks.HEADER);
        }
        for (int a = 0; a < areas.size(); a++) {
            out.text(0, 4 + a, areas.get(a).code(), Looks.HEADER);
            out.text(1, 4 + a, AreaNames.shorten(areas.get(a).name()), Looks.HEADER);
        }
        out.text(0, reportedColumn, "Đã báo cáo", Looks.HEADER);
        out.text(1, reportedColumn, "", Looks.HEADER);
        out.sheet().getRow(1).setHeightInPoints(45);

        Look rank = Looks.number("0");
        Look score = Looks.number(Looks.SCORE_FORMAT);
        int row = FIRST_DATA_ROW;
        for (AgencyScore agency : lookup.ranked(kind)) {
            out.number(row, 0, agency.rank(), rank);
            out.text(row, 1, agency.agency().code());
            out.text(row, 2, agency.agency().name());
            out.number(row, 3, agency.score(), score);
            for (int a = 0; a < areas.size(); a++) {
                out.number(row, 4 + a, agency.areaScores().get(areas.get(a).code()), score);
            }
            out.text(row, reportedColumn, agency.reported() ? "Có" : "Không",
                    agency.reported() ? Looks.cell(null, null) : Looks.cell(null, Looks.MISSING_FILL));
            row++;
        }
        int[] widths = new int[reportedColumn + 1];
        widths[0] = 7;
        widths[1] = 16;
        widths[2] = 36;
        widths[3] = 9;
        for (int a = 0; a < areas.size(); a++) {
            widths[4 + a] = 14;
        }
        widths[reportedColumn] = 11;
        out.finishTable(FIRST_DATA_ROW - 1, row - 1, reportedColumn, 3, widths);
    }
}
