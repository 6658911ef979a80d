package vn.cchc.rollup.publish;

import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.score.Evaluation;
import vn.cchc.rollup.score.Status;

/**
 * Sheet "Ma trận chỉ tiêu": agencies × indicators, each cell the reported value coloured by its
 * status; "—" where nothing was reported; blank where the indicator does not apply.
 */
final class IndicatorMatrixSheet {

    static final String NAME = "Ma trận chỉ tiêu";
    static final String NO_VALUE = "—";
    static final int FIRST_INDICATOR_COLUMN = 3;

    private IndicatorMatrixSheet() {
    }

    static void write(Workbook workbook, WorkbookStyles styles, ResultLookup lookup) {
        SheetWriter out = new SheetWriter(workbook.createSheet(NAME), styles);
        List<Indicator> indicators = lookup.result().plan().indicators();
        out.header(0, "Mã đơn vị", "Tên đơn vị", "Loại");
        for (int i = 0; i < indicators.size(); i++) {
            out.text(0, FIRST_INDICATOR_COLUMN + i, indicators.get(i).code(), Looks.HEADER);
        }
        int row = 1;
        for (Agency agency : lookup.result().plan().agencies()) {
            final int current = row;
            out.text(row, 0, agency.code());
            out.text(row, 1, agency.name());
            out.text(row, 2, agency.kind().label());
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
        int[] widths = new int[FIRST_INDICATOR_COLUMN + indicators.size()];
        widths[0] = 16;
        widths[1] = 32;
        widths[2] = 14;
        for (int i = 0; i < indicators.size(); i++) {
            widths[FIRST_INDICATOR_COLUMN + i] = 10;
        }
        out.finishTable(0, lastRow, widths.length - 1, 2, widths);
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
        int column = 2;
        for (Status status : Status.values()) {
            out.text(row, column++, status.label(), Looks.cell(null, Looks.fill(status)));
        }
    }
}
