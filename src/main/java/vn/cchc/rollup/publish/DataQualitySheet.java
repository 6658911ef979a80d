package vn.cchc.rollup.publish;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchc.rollup.intake.Reject;

/** Sheet "Chất lượng dữ liệu": every file or row not accepted, for analysts to fix at the source. */
final class DataQualitySheet {

    static final String NAME = "Chất lượng dữ liệu";

    private DataQualitySheet() {
    }

    static void write(XSSFWorkbook workbook, WorkbookStyles styles, ResultLookup lookup) {
        SheetWriter out = new SheetWriter(workbook.createSheet(NAME), styles);
        out.header(0, "Tệp", "Vị trí", "Mã lỗi", "Lỗi", "Chi tiết");
        int row = 1;
        for (Reject reject : lookup.result().rejects()) {
            out.text(row, 0, reject.source() == null ? "" : reject.source().file());
            out.text(row, 1, reject.source() == null ? "" : reject.source().location());
            out.text(row, 2, reject.reason().name());
            out.text(row, 3, reject.reason().label());
            out.text(row++, 4, reject.message(), styles.wrappedText());
        }
        out.finishTable(0, row - 1, 4, 1, 40, 18, 20, 30, 70);
    }
}
