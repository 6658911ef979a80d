package vn.cchc.rollup.publish;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.FileVersion;
import vn.cchc.rollup.store.Resubmission;
import vn.cchc.rollup.xlsx.PageLayout;

/**
 * Sheet "Số liệu nộp lại": for each value of the period that a newer file of the same agency
 * changed (another file, or a corrected version saved under the same name), the old and the new
 * value with the file and cell of each. Values a newer file repeated unchanged are not listed.
 */
final class ResubmissionSheet {

    static final String NAME = "Số liệu nộp lại";
    static final int HEADER_ROW = 3;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.systemDefault());

    private ResubmissionSheet() {
    }

    static void write(Workbook workbook, WorkbookStyles styles, ResultLookup lookup, QualityNotes notes) {
        var result = lookup.result();
        SheetWriter out = new SheetWriter(workbook.createSheet(NAME), styles)
                .print(PageLayout.landscape(OfficialDocument.summaryTitle(result.period())).repeating(HEADER_ROW, HEADER_ROW))
                .columns(14, 24, 10, 30, 10, 10, 11, 11, 26, 11, 12, 26, 11, 12);
        OfficialDocument.title(out, result.plan(), result.period(), "Số liệu thay đổi khi nộp lại báo cáo");
        out.header(HEADER_ROW, "Mã đơn vị", "Tên đơn vị", "Mã chỉ tiêu", "Tên chỉ tiêu", "Giá trị cũ", "Giá trị mới",
                "Tử số/mẫu số cũ", "Tử số/mẫu số mới", "Tệp cũ", "Vị trí cũ", "Ngày báo cáo cũ",
                "Tệp mới (được dùng)", "Vị trí mới", "Ngày báo cáo mới");
        int row = HEADER_ROW + 1;
        for (Resubmission change : notes.resubmissions()) {
            if (!change.changed()) {
                continue;
            }
            Fact previous = change.previous();
            Fact current = change.current();
            var indicator = lookup.result().plan().indicator(current.indicatorCode());
            var style = Looks.number(indicator.map(i -> Looks.numberFormat(i.unit())).orElse("General"));
            out.text(row, 0, current.agencyCode());
            out.text(row, 1, lookup.result().plan().agency(current.agencyCode()).map(Agency::name).orElse(""), Looks.WRAPPED);
            out.text(row, 2, current.indicatorCode());
            out.text(row, 3, indicator.map(Indicator::name).orElse(""), Looks.WRAPPED);
            out.number(row, 4, previous.value(), style);
            out.number(row, 5, current.value(), style);
            out.text(row, 6, ratio(previous));
            out.text(row, 7, ratio(current));
            out.text(row, 8, previous.source().file(), Looks.WRAPPED);
            out.text(row, 9, previous.source().location());
            out.text(row, 10, date(change.previousFile()), Looks.WRAPPED);
            out.text(row, 11, current.source().file(), Looks.WRAPPED);
            out.text(row, 12, current.source().location());
            out.text(row++, 13, date(change.currentFile()), Looks.WRAPPED);
        }
        out.finishTable(HEADER_ROW, row - 1, 13, 3);
    }

    /** Whether a value of the period changed on resubmission; without, the sheet is left out. */
    static boolean hasChanges(QualityNotes notes) {
        return notes.resubmissions().stream().anyMatch(Resubmission::changed);
    }

    private static String ratio(Fact fact) {
        return fact.hasRatio() ? plain(fact.numerator()) + "/" + plain(fact.denominator()) : "";
    }

    private static String plain(BigDecimal n) {
        BigDecimal stripped = n.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString().replace('.', ',');
    }

    /** The report date; a file that states none is told apart by its modification time. */
    private static String date(FileVersion file) {
        if (file.reportDate() != null) {
            return file.reportDate().format(DATE);
        }
        return "(không ghi; tệp sửa lúc " + MODIFIED.format(file.modified()) + ")";
    }
}
