package vn.cchc.rollup.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.cchc.rollup.submission.AgencySubmission;
import vn.cchc.rollup.submission.SubmissionReport;
import vn.cchc.rollup.task.TaskDates;

/** {@code chua-bao-cao-bao-cao-cham.csv}: "Đơn vị chưa báo cáo / báo cáo chậm", most days overdue first. */
public final class LateOrMissingCsv {

    public static final String FILE = "chua-bao-cao-bao-cao-cham.csv";
    static final List<String> HEADER = List.of("ma_don_vi", "ten_don_vi", "loai", "tinh_trang",
            "ngay_bao_cao", "han_nop", "so_ngay_qua_han");

    private LateOrMissingCsv() {
    }

    public static void write(SubmissionReport report, Path file) throws IOException {
        Csv.write(file, HEADER, printer -> {
            for (AgencySubmission agency : report.lateOrMissing()) {
                printer.printRecord(Csv.text(agency.agency().code()), Csv.text(agency.agency().name()),
                        agency.agency().kind().label(), agency.state().label(),
                        TaskDates.format(agency.submittedOn()), TaskDates.format(report.dueDate()),
                        agency.daysOverdue());
            }
        });
    }
}
