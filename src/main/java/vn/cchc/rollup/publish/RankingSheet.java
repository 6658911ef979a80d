package vn.cchc.rollup.publish;

import java.util.List;
import vn.cchc.rollup.xlsx.Look;
import org.apache.poi.ss.usermodel.Workbook;
import vn.cchc.rollup.catalog.AgencyKind;
import vn.cchc.rollup.catalog.Area;
import vn.cchc.rollup.score.AgencyScore;
import vn.cchc.rollup.score.PeriodResult;
import vn.cchc.rollup.xlsx.PageLayout;

/**
 * Sheets "Xếp hạng Sở" and "Xếp hạng xã": one row per agency in rank order, score overall and per
 * area. Area codes head the columns; the second header row spells out the area names.
 */
final class RankingSheet {

    static final String SO = "Xếp hạng Sở";
    static final String XA = "Xếp hạng xã";
    static final int HEADER_ROW = 3;
    static final int FIRST_DATA_ROW = HEADER_ROW + 2;

    private RankingSheet() {
    }

    static String name(AgencyKind kind) {
        return kind == AgencyKind.SO ? SO : XA;
    }

    static void write(Workbook workbook, WorkbookStyles styles, ResultLookup lookup, AgencyKind kind) {
        PeriodResult result = lookup.result();
        List<Area> areas = result.plan().areas();
        int reportedColumn = 4 + areas.size();
        int[] widths = new int[reportedColumn + 1];
        widths[0] = 6;
        widths[1] = 15;
        widths[2] = Math.min(40, 2 + result.plan().agencies(kind).stream()
                .mapToInt(a -> a.name().length()).max().orElse(20));
        widths[3] = 9;
        for (int a = 0; a < areas.size(); a++) {
            widths[4 + a] = 12;
        }
        widths[reportedColumn] = 10;
        SheetWriter out = new SheetWriter(workbook.createSheet(name(kind)), styles)
                .print(PageLayout.landscape(OfficialDocument.summaryTitle(result.period()))
                        .repeating(HEADER_ROW, HEADER_ROW + 1).atMostPagesTall(1))
                .columns(widths);
        OfficialDocument.title(out, result.plan(), result.period(), "Xếp hạng Chỉ số CCHC "
                + (kind == AgencyKind.SO ? "các Sở, ban, ngành" : "các xã, phường"));
        String[] fixed = {"Hạng", "Mã đơn vị", "Tên đơn vị", "Điểm"};
        for (int column = 0; column < fixed.length; column++) {
            out.text(HEADER_ROW, column, fixed[column], Looks.HEADER);
            out.text(HEADER_ROW + 1, column, "", Looks.HEADER);
            out.merge(HEADER_ROW, HEADER_ROW + 1, column, column);
        }
        for (int a = 0; a < areas.size(); a++) {
            out.text(HEADER_ROW, 4 + a, areas.get(a).code(), Looks.HEADER);
            out.text(HEADER_ROW + 1, 4 + a, AreaNames.shorten(areas.get(a).name()), Looks.HEADER);
        }
        out.text(HEADER_ROW, reportedColumn, "Đã báo cáo", Looks.HEADER);
        out.text(HEADER_ROW + 1, reportedColumn, "", Looks.HEADER);
        out.merge(HEADER_ROW, HEADER_ROW + 1, reportedColumn, reportedColumn);

        Look rank = Looks.number("0");
        Look score = Looks.number(Looks.SCORE_FORMAT);
        int row = FIRST_DATA_ROW;
        for (AgencyScore agency : lookup.ranked(kind)) {
            out.number(row, 0, agency.rank(), rank);
            out.text(row, 1, agency.agency().code());
            out.text(row, 2, agency.agency().name(), Looks.WRAPPED);
            out.number(row, 3, ShownScore.of(agency.score()), score);
            for (int a = 0; a < areas.size(); a++) {
                out.number(row, 4 + a, ShownScore.of(agency.areaScores().get(areas.get(a).code())), score);
            }
            out.text(row, reportedColumn, agency.reported() ? "Có" : "Không",
                    agency.reported() ? Looks.cell(null, null) : Looks.cell(null, Looks.MISSING_FILL));
            row++;
        }
        out.finishTable(FIRST_DATA_ROW - 1, row - 1, reportedColumn, 3);
    }
}
