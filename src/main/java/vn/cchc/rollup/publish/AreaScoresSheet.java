package vn.cchc.rollup.publish;

import org.apache.poi.ss.usermodel.Workbook;
import vn.cchc.rollup.catalog.Area;
import vn.cchc.rollup.score.Scope;
import vn.cchc.rollup.score.ScopeScore;
import vn.cchc.rollup.xlsx.Look;

/** Sheet "Điểm theo lĩnh vực": each reform area's score for the Sở, the xã and the province. */
final class AreaScoresSheet {

    static final String NAME = "Điểm theo lĩnh vực";
    private static final Scope[] SCOPES = {Scope.SO, Scope.XA, Scope.PROVINCE};

    private AreaScoresSheet() {
    }

    static void write(Workbook workbook, WorkbookStyles styles, ResultLookup lookup) {
        SheetWriter out = new SheetWriter(workbook.createSheet(NAME), styles);
        out.header(0, "Mã", "Lĩnh vực", "Điểm tối đa", "Khối Sở", "Khối xã",
                Scope.PROVINCE.label(lookup.result().plan().provinceName()));
        Look score = Looks.number(Looks.SCORE_FORMAT);
        Look points = Looks.number("0.##");
        int row = 1;
        for (Area area : lookup.result().plan().areas()) {
            out.text(row, 0, area.code());
            out.text(row, 1, area.name());
            out.number(row, 2, area.maxPoints(), points);
            for (int s = 0; s < SCOPES.length; s++) {
                out.number(row, 3 + s, lookup.scope(SCOPES[s])
                        .map(scope -> scope.areaScores().get(area.code())).orElse(null), score);
            }
            row++;
        }
        out.text(row, 0, "TỔNG", Looks.HEADER);
        out.text(row, 1, "Chỉ số CCHC", Looks.HEADER);
        out.number(row, 2, lookup.result().plan().areas().stream().map(Area::maxPoints)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add), points);
        for (int s = 0; s < SCOPES.length; s++) {
            out.number(row, 3 + s, lookup.scope(SCOPES[s]).map(ScopeScore::score).orElse(null), score);
        }
        out.finishTable(0, row - 1, 5, 2, 8, 55, 12, 12, 12, 12);
    }
}
