package vn.cchc.rollup.publish;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import vn.cchc.rollup.xlsx.PageLayout;

/** Sheet "Nhật ký": which run made this workbook, from which input, with what it found. */
final class RunLogSheet {

    static final String NAME = "Nhật ký";
    static final int HEADER_ROW = 3;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private RunLogSheet() {
    }

    static void write(Workbook workbook, WorkbookStyles styles, ResultLookup lookup, RunInfo run) {
        var result = lookup.result();
        SheetWriter out = new SheetWriter(workbook.createSheet(NAME), styles)
                .print(PageLayout.portrait(OfficialDocument.summaryTitle(result.period())).repeating(HEADER_ROW, HEADER_ROW))
                .columns(48, 50);
        OfficialDocument.title(out, result.plan(), result.period(), "Nhật ký lần chạy");
        out.header(HEADER_ROW, "Mục", "Giá trị");
        String count = Looks.COUNT_FORMAT;
        int row = HEADER_ROW + 1;
        out.text(row, 0, "Lần chạy số");
        out.number(row++, 1, run.executionId(), Looks.number(count));
        out.text(row, 0, "Bắt đầu lúc");
        out.text(row++, 1, TIME.format(run.started()));
        out.text(row, 0, "Máy chạy");
        out.text(row++, 1, run.host());
        out.text(row, 0, "Thư mục đầu vào");
        out.text(row++, 1, run.input(), Looks.WRAPPED);
        row = line(out, row, "Tệp báo cáo đã đọc được", run.filesFound());
        row = line(out, row, "Tệp mới", run.filesNew());
        row = line(out, row, "Tệp thay đổi", run.filesChanged());
        row = line(out, row, "Tệp không đổi", run.filesUnchanged());
        row = line(out, row, "Tệp đã gỡ khỏi thư mục", run.filesRemoved());
        row = line(out, row, "Tệp chờ lần chạy sau (đang sao chép hoặc tệp tạm)", run.filesWaiting());
        row = line(out, row, "Số liệu được chấp nhận (mọi kỳ)", run.facts());
        row = line(out, row, "Dòng bị từ chối (xem rejects.csv)", run.rejects());
        out.finishTable(HEADER_ROW, row - 1, 1, 1);
    }

    private static int line(SheetWriter out, int row, String label, long value) {
        out.text(row, 0, label);
        out.number(row, 1, value, Looks.number(Looks.COUNT_FORMAT));
        return row + 1;
    }
}
