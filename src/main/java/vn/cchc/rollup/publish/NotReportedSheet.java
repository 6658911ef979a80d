package vn.cchc.rollup.publish;

import org.apache.poi.ss.usermodel.Workbook;
import vn.cchc.rollup.catalog.Agency;

/** Sheet "Chưa báo cáo": agencies with no accepted value for the period. */
final class NotReportedSheet {

    static final String NAME = "Chưa báo cáo";

    private NotReportedSheet() {
    }

    static void write(Workbook workbook, WorkbookStyles styles, ResultLookup lookup) {
        SheetWriter out = new SheetWriter(workbook.createSheet(NAME), styles);
        out.header(0, "Mã đơn vị", "Tên đơn vị", "Loại");
        int row = 1;
        for (Agency agency : lookup.result().notReported()) {
            out.text(row, 0, agency.code());
            out.text(row, 1, agency.name());
            out.text(row++, 2, agency.kind().label());
        }
        out.finishTable(0, row - 1, 2, 1, 16, 40, 16);
    }
}
