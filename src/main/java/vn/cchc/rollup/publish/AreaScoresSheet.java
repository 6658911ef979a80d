package vn.cchc.rollup.publish;

import org.apache.poi.ss.usermodel.Workbook;
import vn.cchc.rollup.catalog.Area;
import vn.cchc.rollup.score.Scope;
import vn.cchc.rollup.score.ScopeScore;
import vn.cchc.rollup.xlsx.Look;
import vn.cchc.rollup.xlsx.PageLayout;

/** Sheet "Điểm theo lĩnh vực": each reform area's score for the Sở, the xã and the province. */
final class AreaScoresSheet {

    static final String NAME = "Điểm theo lĩnh vực";
    static final int HEADER_ROW = 3;
    private static final Scope[] SCOPES = {Scope.SO, Scope.XA, Scope.PROVINCE};

    private AreaScoresSheet() {
    }

    static void write(Workbook workbook, WorkbookStyles styles, ResultLookup lookup) {
        var result = lookup.result();
        SheetWriter out = new SheetWriter(workbook.createSheet(NAME), styles)
                .print(PageLayout.landscape(OfficialDocument.summaryTitle(result.period())).repeating(HEADER_ROW, HEADER_ROW))
                .columns(8, 55, 12, 12, 12, 12);
        OfficialDocument.title(out, result.plan(), result.period(), "Điểm theo lĩnh vực cải cách hành chính");
        out.header(HEADER_ROW, "Mã", "Lĩnh vực", "Điểm tối đa", "Khối Sở", "Khối xã",
                Scope.PROVINCE.label(result.plan().provinceName()));
        Look score = Looks.number(Looks.SCORE_FORMAT);
        Look points = Looks.number("0.##");
        int row = HEADER_ROW + 1;
        for (Area area : result.plan().areas()) {
            out.text(row, 0, area.code());
            out.text(row, 1, area.name(), Looks.WRAPPED);
            out.number(row, 2, area.maxPoints(), points);
            for (int s = 0; s < SCOPES.length; s++) {
                out.number(row, 3 + s, ShownScore.of(lookup.scope(SCOPES[s])
                        .map(scope -> scope.areaScores().get(area.code())).orElse(null)), score);
            }
            row++;
        }
        out.text(row, 0, "TỔNG", Looks.HEADER);
        out.text(row, 1, "Chỉ số CCHC", Looks.HEADER);
        out.number(row, 2, lookup.result().plan().areas().stream().map(Area::maxPoints)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add), points);
        for (int s = 0; s < SCOPES.length; s++) {
            out.number(row, 3 + s, ShownScore.of(lookup.scope(SCOPES[s]).map(ScopeScore::score).orElse(null)), score);
        }
        out.finishTable(HEADER_ROW, row - 1, 5, 2);
    }
}
