package vn.cchc.rollup.publish;

import org.apache.poi.ss.usermodel.Workbook;
import vn.cchc.rollup.xlsx.PageLayout;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.score.Evaluation;
import vn.cchc.rollup.task.TaskIndicator;

/**
 * Sheet "Cách tính CDDH-02": for every agency, whether its share of plan tasks done on time was
 * computed from its task reports (with the count) or reported by the agency itself (with the cell).
 */
final class TaskIndicatorSheet {

    static final String NAME = "Cách tính " + TaskIndicator.CODE;
    static final String FROM_TASKS = "Tính từ báo cáo nhiệm vụ";
    static final String REPORTED = "Đơn vị tự báo cáo";
    static final String NONE = "Chưa có số liệu";
    static final int HEADER_ROW = 3;

    private TaskIndicatorSheet() {
    }

    static void write(Workbook workbook, WorkbookStyles styles, ResultLookup lookup) {
        if (lookup.result().plan().indicator(TaskIndicator.CODE).isEmpty()) {
            return;
        }
        var result = lookup.result();
        SheetWriter out = new SheetWriter(workbook.createSheet(NAME), styles)
                .print(PageLayout.portrait(OfficialDocument.summaryTitle(result.period()))
                        .repeating(HEADER_ROW, HEADER_ROW).atMostPagesTall(1))
                .columns(16, 30, 9, 20, 40);
        OfficialDocument.title(out, result.plan(), result.period(), "Cách tính chỉ tiêu " + TaskIndicator.CODE);
        out.header(HEADER_ROW, "Mã đơn vị", "Tên đơn vị", "Giá trị (%)", "Cách tính", "Chi tiết");
        int row = HEADER_ROW + 1;
        for (Evaluation evaluation : lookup.result().evaluations()) {
            if (!TaskIndicator.CODE.equals(evaluation.indicator().code())) {
                continue;
            }
            Fact fact = evaluation.fact();
            out.text(row, 0, evaluation.agency().code());
            out.text(row, 1, evaluation.agency().name(), Looks.WRAPPED);
            out.number(row, 2, fact == null ? null : fact.value(), Looks.number(Looks.PERCENT_FORMAT));
            out.text(row, 3, fact == null ? NONE : TaskIndicator.isDerived(fact) ? FROM_TASKS : REPORTED);
            out.text(row++, 4, fact == null ? "" : TaskIndicator.isDerived(fact) ? fact.note()
                    : fact.source().file() + " – " + fact.source().location(), Looks.WRAPPED);
        }
        out.finishTable(HEADER_ROW, row - 1, 4, 2);
    }
}
