package vn.cchc.rollup.publish;

import org.apache.poi.ss.usermodel.Workbook;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.xlsx.PageLayout;

/** Sheet "Chưa báo cáo": agencies with no accepted value for the period. */
final class NotReportedSheet {

    static final String NAME = "Chưa báo cáo";
    static final int HEADER_ROW = 3;
    static final String NONE = "Mọi đơn vị đã báo cáo trong kỳ.";

    private NotReportedSheet() {
    }

    static void write(Workbook workbook, WorkbookStyles styles, ResultLookup lookup) {
        var result = lookup.result();
        SheetWriter out = new SheetWriter(workbook.createSheet(NAME), styles)
                .print(PageLayout.portrait(OfficialDocument.summaryTitle(result.period())).repeating(HEADER_ROW, HEADER_ROW))
                .columns(16, 40, 16);
        OfficialDocument.title(out, result.plan(), result.period(), "Đơn vị chưa báo cáo");
        out.header(HEADER_ROW, "Mã đơn vị", "Tên đơn vị", "Loại");
        int row = HEADER_ROW + 1;
        for (Agency agency : result.notReported()) {
            out.text(row, 0, agency.code());
            out.text(row, 1, agency.name(), Looks.WRAPPED);
            out.text(row++, 2, agency.kind().label());
        }
        if (result.notReported().isEmpty()) {
            out.text(row++, 0, NONE);
        }
        out.finishTable(HEADER_ROW, row - 1, 2, 1);
    }
}
