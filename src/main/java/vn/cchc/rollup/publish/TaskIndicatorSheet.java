package vn.cchc.rollup.publish;

import org.apache.poi.ss.usermodel.Workbook;
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

    private TaskIndicatorSheet() {
    }

    static void write(Workbook workbook, WorkbookStyles styles, ResultLookup lookup) {
        if (lookup.result().plan().indicator(TaskIndicator.CODE).isEmpty()) {
            return;
        }
        SheetWriter out = new SheetWriter(workbook.createSheet(NAME), styles);
        out.header(0, "Mã đơn vị", "Tên đơn vị", "Giá trị (%)", "Cách tính", "Chi tiết");
        int row = 1;
        for (Evaluation evaluation : lookup.result().evaluations()) {
            if (!TaskIndicator.CODE.equals(evaluation.indicator().code())) {
                continue;
            }
            Fact fact = evaluation.fact();
            out.text(row, 0, evaluation.agency().code());
            out.text(row, 1, evaluation.agency().name());
            out.number(row, 2, fact == null ? null : fact.value(), Looks.number(Looks.PERCENT_FORMAT));
            out.text(row, 3, fact == null ? NONE : TaskIndicator.isDerived(fact) ? FROM_TASKS : REPORTED);
            out.text(row++, 4, fact == null ? "" : TaskIndicator.isDerived(fact) ? fact.note()
                    : fact.source().file() + " – " + fact.source().location(), Looks.WRAPPED);
        }
        out.finishTable(0, row - 1, 4, 2, 22, 40, 12, 26, 60);
    }
}
