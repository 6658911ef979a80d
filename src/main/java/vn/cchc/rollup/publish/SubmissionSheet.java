package vn.cchc.rollup.publish;

import org.apache.poi.ss.usermodel.Workbook;
import vn.cchc.rollup.catalog.ProvinceName;
import vn.cchc.rollup.submission.AgencySubmission;
import vn.cchc.rollup.submission.SubmissionRate;
import vn.cchc.rollup.submission.SubmissionReport;
import vn.cchc.rollup.submission.SubmissionState;
import vn.cchc.rollup.task.TaskDates;
import vn.cchc.rollup.xlsx.Look;
import vn.cchc.rollup.xlsx.PageLayout;

/**
 * Sheet "Nộp báo cáo": the due date, completeness and timeliness per kind and for the province,
 * then every agency with its submission date, state and days overdue.
 */
final class SubmissionSheet {

    static final String NAME = "Nộp báo cáo";
    static final int RATES_HEADER_ROW = 4;
    static final int TABLE_HEADER_ROW = 10;

    private SubmissionSheet() {
    }

    static void write(Workbook workbook, WorkbookStyles styles, ResultLookup lookup, SubmissionReport report) {
        var result = lookup.result();
        ProvinceName province = result.plan().provinceName();
        SheetWriter out = new SheetWriter(workbook.createSheet(NAME), styles)
                .print(PageLayout.portrait(OfficialDocument.summaryTitle(result.period()))
                        .repeating(TABLE_HEADER_ROW, TABLE_HEADER_ROW).atMostPagesTall(1))
                .columns(20, 34, 12, 12, 12, 12, 12, 12);
        Look percent = Looks.number(Looks.PERCENT_FORMAT);
        Look count = Looks.number(Looks.COUNT_FORMAT);
        OfficialDocument.title(out, result.plan(), result.period(), "Tình hình nộp báo cáo");
        out.text(2, 0, "Hạn nộp: " + TaskDates.format(report.dueDate()) + "; số ngày quá hạn tính đến ngày "
                + TaskDates.format(report.runDate()), Looks.BOLD);
        String[] rateHeader = {"Khối", "Phải báo cáo", "Đã báo cáo", "Đúng hạn", "Chậm", "Chưa báo cáo",
            "Tỷ lệ đầy đủ (%)", "Tỷ lệ đúng hạn (%)"};
        for (int c = 0; c < rateHeader.length; c++) {
            out.text(RATES_HEADER_ROW, c, rateHeader[c], Looks.HEADER);
        }
        int row = RATES_HEADER_ROW + 1;
        for (SubmissionRate rate : report.rates()) {
            out.text(row, 0, rate.scope().label(province));
            out.number(row, 1, rate.expected(), count);
            out.number(row, 2, rate.reported(), count);
            out.number(row, 3, rate.onTime(), count);
            out.number(row, 4, rate.late(), count);
            out.number(row, 5, rate.missing(), count);
            out.number(row, 6, rate.completeness(), percent);
            out.number(row++, 7, rate.timeliness(), percent);
        }
        out.header(TABLE_HEADER_ROW, "Mã đơn vị", "Tên đơn vị", "Loại", "Tình trạng", "Ngày báo cáo (lần đầu)",
                "Hạn nộp", "Số ngày quá hạn");
        row = TABLE_HEADER_ROW + 1;
        for (AgencySubmission agency : report.agencies()) {
            Look fill = Looks.cell(null, fill(agency.state()));
            out.text(row, 0, agency.agency().code());
            out.text(row, 1, agency.agency().name(), Looks.WRAPPED);
            out.text(row, 2, agency.agency().kind().label());
            out.text(row, 3, agency.state().label(), fill);
            out.text(row, 4, TaskDates.format(agency.submittedOn()));
            out.text(row, 5, TaskDates.format(report.dueDate()));
            out.number(row++, 6, agency.daysOverdue(), count);
        }
        out.finishTable(TABLE_HEADER_ROW, row - 1, 6, 2);
    }

    private static String fill(SubmissionState state) {
        return switch (state) {
            case ON_TIME -> Looks.MET_FILL;
            case LATE -> Looks.NOT_MET_FILL;
            case MISSING -> Looks.MISSING_FILL;
        };
    }
}
