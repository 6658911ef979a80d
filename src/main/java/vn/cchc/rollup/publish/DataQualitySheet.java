package vn.cchc.rollup.publish;

import org.apache.poi.ss.usermodel.Workbook;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.validate.Severity;
import vn.cchc.rollup.validate.Warning;

/**
 * Sheet "Chất lượng dữ liệu": every file or row not accepted (errors), then every accepted value
 * of the period flagged by a warning rule, for analysts to fix or confirm at the source.
 */
final class DataQualitySheet {

    static final String NAME = "Chất lượng dữ liệu";

    private DataQualitySheet() {
    }

    static void write(Workbook workbook, WorkbookStyles styles, ResultLookup lookup, QualityNotes notes) {
        SheetWriter out = new SheetWriter(workbook.createSheet(NAME), styles);
        out.header(0, "Tệp", "Vị trí", "Mã lỗi", "Lỗi", "Chi tiết", "Mức độ");
        int row = 1;
        for (Reject reject : lookup.result().rejects()) {
            out.text(row, 0, reject.source() == null ? "" : reject.source().file());
            out.text(row, 1, reject.source() == null ? "" : reject.source().location());
            out.text(row, 2, reject.reason().name());
            out.text(row, 3, reject.reason().label());
            out.text(row, 4, reject.message(), Looks.WRAPPED);
            out.text(row++, 5, Severity.ERROR.label());
        }
        for (Warning warning : notes.warnings()) {
            out.text(row, 0, warning.source().file());
            out.text(row, 1, warning.source().location());
            out.text(row, 2, warning.rule().name());
            out.text(row, 3, warning.rule().label());
            out.text(row, 4, warning.message(), Looks.WRAPPED);
            out.text(row++, 5, warning.severity().label());
        }
        out.finishTable(0, row - 1, 5, 1, 40, 18, 20, 30, 70, 20);
    }
}
