package vn.cchc.rollup.publish;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Workbook;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.score.Evaluation;
import vn.cchc.rollup.score.PeriodResult;
import vn.cchc.rollup.validate.Severity;
import vn.cchc.rollup.validate.Warning;
import vn.cchc.rollup.xlsx.PageLayout;

/**
 * Sheet "Chất lượng dữ liệu": every file or row of the period not accepted (errors), with the files
 * of no known period marked as such, then every accepted value of the period flagged by a warning
 * rule, for analysts to fix or confirm at the source.
 */
final class DataQualitySheet {

    static final String NAME = "Chất lượng dữ liệu";
    static final int HEADER_ROW = 3;
    static final String NO_PERIOD = "Không xác định";
    static final String NONE = "Không có lỗi hay cảnh báo nào về số liệu của kỳ.";

    private DataQualitySheet() {
    }

    static void write(Workbook workbook, WorkbookStyles styles, ResultLookup lookup, QualityNotes notes) {
        PeriodResult result = lookup.result();
        SheetWriter out = new SheetWriter(workbook.createSheet(NAME), styles)
                .print(PageLayout.landscape(OfficialDocument.summaryTitle(result.period())).repeating(HEADER_ROW, HEADER_ROW))
                .columns(34, 14, 21, 22, 80, 13, 12);
        OfficialDocument.title(out, result.plan(), result.period(), "Chất lượng dữ liệu");
        out.header(HEADER_ROW, "Tệp", "Vị trí", "Mã lỗi", "Lỗi", "Chi tiết", "Mức độ", "Kỳ báo cáo");
        RejectPeriods periods = new RejectPeriods(result.period(), filesWithValues(result));
        int row = HEADER_ROW + 1;
        for (Reject reject : shown(result.rejects(), periods)) {
            String file = reject.source() == null ? "" : reject.source().file();
            out.text(row, 0, file, Looks.WRAPPED);
            out.text(row, 1, reject.source() == null ? "" : reject.source().location(), Looks.WRAPPED);
            out.text(row, 2, reject.reason().name(), Looks.WRAPPED);
            out.text(row, 3, reject.reason().label(), Looks.WRAPPED);
            out.text(row, 4, reject.message(), Looks.WRAPPED);
            out.text(row, 5, Severity.ERROR.label(), Looks.WRAPPED);
            out.text(row++, 6, periods.of(file) == RejectPeriods.Belonging.THIS_PERIOD ? result.period().label() : NO_PERIOD);
        }
        for (Warning warning : notes.warnings()) {
            out.text(row, 0, warning.source().file(), Looks.WRAPPED);
            out.text(row, 1, warning.source().location(), Looks.WRAPPED);
            out.text(row, 2, warning.rule().name(), Looks.WRAPPED);
            out.text(row, 3, warning.rule().label(), Looks.WRAPPED);
            out.text(row, 4, warning.message(), Looks.WRAPPED);
            out.text(row, 5, warning.severity().label(), Looks.WRAPPED);
            out.text(row++, 6, result.period().label());
        }
        if (row == HEADER_ROW + 1) {
            out.text(row++, 0, NONE);
        }
        out.finishTable(HEADER_ROW, row - 1, 6, 1);
    }

    /** The rejects the sheet lists: those of the period's files and of files of no known period. */
    static List<Reject> shownRejects(PeriodResult result) {
        return shown(result.rejects(), new RejectPeriods(result.period(), filesWithValues(result)));
    }

    private static List<Reject> shown(List<Reject> rejects, RejectPeriods periods) {
        return rejects.stream()
                .filter(r -> periods.of(r.source() == null ? "" : r.source().file()) != RejectPeriods.Belonging.OTHER_PERIOD)
                .toList();
    }

    static Set<String> filesWithValues(PeriodResult result) {
        return result.evaluations().stream().map(Evaluation::fact).filter(Objects::nonNull)
                .map(f -> f.source().file()).collect(Collectors.toSet());
    }
}
