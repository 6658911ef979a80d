package vn.cchc.rollup.publish;

import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.score.Evaluation;
import vn.cchc.rollup.score.Status;
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
        int row = HEADER_ROW + 1;
        for (Agency agency : lookup.result().plan().agencies()) {
            final int current = row;
            out.text(row, 0, agency.code());
            out.text(row, 1, agency.name());
            out.text(row, 2, agency.kind().label(), Looks.WRAPPED);
            for (int i = 0; i < indicators.size(); i++) {
                int column = FIRST_INDICATOR_COLUMN + i;
                Indicator indicator = indicators.get(i);
                lookup.evaluation(agency.code(), indicator.code())
                        .ifPresentOrElse(e -> writeValue(out, current, column, e), () -> out.text(current, column, ""));
            }
            row++;
        }
        int lastRow = row - 1;
        writeLegend(out, row + 1);
        out.finishTable(HEADER_ROW, lastRow, widths.length - 1, 2);
    }

    private static void writeValue(SheetWriter out, int row, int column, Evaluation evaluation) {
        String fill = Looks.fill(evaluation.status());
        if (evaluation.fact() == null || evaluation.fact().value() == null) {
            out.text(row, column, NO_VALUE, Looks.cell(null, fill));
        } else {
            String format = Looks.numberFormat(evaluation.indicator().unit());
            out.number(row, column, evaluation.fact().value(), Looks.cell(format, fill));
        }
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
