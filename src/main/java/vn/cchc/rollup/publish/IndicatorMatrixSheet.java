package vn.cchc.rollup.publish;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.Unit;
import vn.cchc.rollup.score.Evaluation;
import vn.cchc.rollup.score.Status;
import vn.cchc.rollup.xlsx.Look;
import vn.cchc.rollup.xlsx.PageLayout;

/**
 * Sheet "Ma trận chỉ tiêu": agencies × indicators, each cell the reported value coloured by its
 * status; "—" where nothing was reported; blank where the indicator does not apply.
 */
final class IndicatorMatrixSheet {

    static final String NAME = "Ma trận chỉ tiêu";
    static final String NO_VALUE = "—";
    static final int FIRST_INDICATOR_COLUMN = 3;
    static final int HEADER_ROW = 3;

    private IndicatorMatrixSheet() {
    }

    static void write(Workbook workbook, WorkbookStyles styles, ResultLookup lookup) {
        var result = lookup.result();
        List<Indicator> indicators = result.plan().indicators();
        int[] widths = new int[FIRST_INDICATOR_COLUMN + indicators.size()];
        widths[0] = 15;
        widths[1] = Math.min(34, 2 + result.plan().agencies().stream().mapToInt(a -> a.name().length()).max().orElse(20));
        widths[2] = 10;
        for (int i = 0; i < indicators.size(); i++) {
            widths[FIRST_INDICATOR_COLUMN + i] = 7;
        }
        // 31 columns cannot be read on one A4 width: the matrix prints on A3, agency columns repeated
        SheetWriter out = new SheetWriter(workbook.createSheet(NAME), styles)
                .print(PageLayout.landscape(OfficialDocument.summaryTitle(result.period()))
                        .repeating(HEADER_ROW, HEADER_ROW).on(PageLayout.Paper.A3).atMostPagesTall(1))
                .columns(widths);
        OfficialDocument.title(out, result.plan(), result.period(), "Ma trận kết quả chỉ tiêu theo đơn vị");
        out.header(HEADER_ROW, "Mã đơn vị", "Tên đơn vị", "Loại");
        for (int i = 0; i < indicators.size(); i++) {
            out.text(HEADER_ROW, FIRST_INDICATOR_COLUMN + i, indicators.get(i).code(), Looks.HEADER);
        }
        // a value's look by unit and status, made once rather than for each of the matrix's cells
        Map<Unit, Map<Status, Look>> looks = new EnumMap<>(Unit.class);
        for (Unit unit : Unit.values()) {
            Map<Status, Look> byStatus = new EnumMap<>(Status.class);
            for (Status status : Status.values()) {
                byStatus.put(status, Looks.cell(Looks.numberFormat(unit), Looks.fill(status)));
            }
            looks.put(unit, byStatus);
        }
        Map<Status, Look> noValue = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            noValue.put(status, Looks.cell(null, Looks.fill(status)));
        }
        int row = HEADER_ROW + 1;
        for (Agency agency : lookup.result().plan().agencies()) {
            out.text(row, 0, agency.code());
            out.text(row, 1, agency.name());
            out.text(row, 2, agency.kind().label(), Looks.WRAPPED);
            for (int i = 0; i < indicators.size(); i++) {
                int column = FIRST_INDICATOR_COLUMN + i;
                Indicator indicator = indicators.get(i);
                Evaluation e = lookup.evaluation(agency.code(), indicator.code()).orElse(null);
                if (e == null) {
                    out.text(row, column, "");
                } else if (e.fact() == null || e.fact().value() == null) {
                    out.text(row, column, NO_VALUE, noValue.get(e.status()));
                } else {
                    out.number(row, column, e.fact().value(), looks.get(indicator.unit()).get(e.status()));
                }
            }
            row++;
        }
        int lastRow = row - 1;
        writeLegend(out, row + 1);
        out.finishTable(HEADER_ROW, lastRow, widths.length - 1, 2);
    }

    private static void writeLegend(SheetWriter out, int row) {
        out.text(row, 1, "Chú thích:", Looks.BOLD);
        int column = FIRST_INDICATOR_COLUMN;
        for (Status status : Status.values()) {
            out.text(row, column, status.label(), Looks.cell(null, Looks.fill(status)));
            out.merge(row, row, column, column + 2);
            column += 3;
        }
    }
}
