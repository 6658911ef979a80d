package vn.cchc.rollup.task;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.intake.ReasonCode;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.intake.SourceRef;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.normalize.PeriodParser;
import vn.cchc.rollup.normalize.VietText;
import vn.cchc.rollup.read.FileNameAgencies;
import vn.cchc.rollup.read.RawRow;
import vn.cchc.rollup.read.RowVisitor;
import vn.cchc.rollup.read.TableReader;
import vn.cchc.rollup.read.TableReaders;
import vn.cchc.rollup.read.UnreadableFileException;

/**
 * Reads task status reports: any sheet (or CSV) with a header row naming "Mã nhiệm vụ" and
 * "Trạng thái", optionally "Ngày hoàn thành", "Minh chứng", "Mã đơn vị"/"Đơn vị" and "Kỳ báo
 * cáo"/"Kỳ". Agency and period come from their columns, else from "Mã đơn vị:" / "Kỳ báo cáo:"
 * lines above the table, else from the file name. Never throws for a bad file: it gives nothing.
 */
public final class TaskReportReader {

    private static final Logger log = LoggerFactory.getLogger(TaskReportReader.class);

    private final Plan plan;
    private final FileNameAgencies fileNameAgencies;

    public TaskReportReader(Plan plan) {
        this.plan = plan;
        this.fileNameAgencies = new FileNameAgencies(plan);
    }

    /** Reads the file on its own; the job reads task reports in the indicator parser's pass instead ({@link #visitor}). */
    public TaskReportFile read(Path file, String relative) {
        Optional<TableReader> reader = TableReaders.forFile(file);
        if (reader.isEmpty()) {
            return TaskReportFile.NONE;
        }
        Visitor visitor = visitor(relative);
        try {
            reader.get().read(file, visitor);
        } catch (UnreadableFileException | RuntimeException e) {
            // the indicator parser reports unreadable files; task reports are simply absent
            return TaskReportFile.NONE;
        }
        return visitor.result();
    }

    /** A visitor collecting the task reports of the file {@code relative} from rows another reader streams. */
    public Visitor visitor(String relative) {
        return new Visitor(relative);
    }

    private enum Column { TASK, STATUS, DONE_ON, EVIDENCE, AGENCY, PERIOD }

    /**
     * Rows of a sheet searched for the task table's header: a letterhead is a few lines. Beyond them
     * the sheet is not a task report; without this limit every cell of an indicator table (1,000
     * rows in a cluster file) would be normalised twice more for nothing.
     */
    static final int HEADER_SEARCH_ROWS = 40;

    /** Collects the task reports of one file; never throws: after a failure of its own it gives nothing. */
    public final class Visitor implements RowVisitor {
        private final String relative;
        /** What the file's name says, worked out at the first task row: most files have none. */
        private Agency fileAgency;
        private Period filePeriod;
        private boolean fileNameRead;
        private final List<TaskReport> reports = new ArrayList<>();
        private final List<Reject> rejects = new ArrayList<>();
        private Map<Column, Integer> columns;
        private int rowsBeforeHeader;
        private Agency titleAgency;
        private Period titlePeriod;
        private boolean failed;

        private Visitor(String relative) {
            this.relative = relative;
        }

        private void readFileName() {
            if (!fileNameRead) {
                String name = Path.of(relative).getFileName().toString().replace('_', ' ');
                filePeriod = PeriodParser.find(name).orElse(null);
                fileAgency = fileNameAgencies.find(name).orElse(null);
                fileNameRead = true;
            }
        }

        /** What the rows gave; nothing after a failure. */
        public TaskReportFile result() {
            return failed ? TaskReportFile.NONE : new TaskReportFile(reports, rejects);
        }

        @Override
        public boolean startSheet(String name, boolean hidden) {
            columns = null;
            rowsBeforeHeader = 0;
            titleAgency = null;
            titlePeriod = null;
            return !hidden && !failed;
        }

        @Override
        public void row(RawRow row) {
            if (failed || row.isEmpty()) {
                return;
            }
            try {
                readTaskRow(row);
            } catch (RuntimeException e) {
                // a defect of ours must not cost the file its indicator values
                log.error("Unexpected failure reading task reports of {}", relative, e);
                failed = true;
            }
        }

        private void readTaskRow(RawRow row) {
            if (columns == null) {
                if (++rowsBeforeHeader > HEADER_SEARCH_ROWS) {
                    return;
                }
                columns = header(row);
                if (columns == null) {
                    scanTitle(row);
                }
                return;
            }
            String code = VietText.clean(text(row, Column.TASK));
            // a task row left without a status (as in a template not filled in) reports nothing on that task
            if (code.isEmpty() || VietText.clean(text(row, Column.STATUS)).isEmpty()) {
                return;
            }
            readFileName();
            SourceRef source = new SourceRef(relative, row.location(columns.get(Column.TASK)));
            Optional<TaskProgress> progress = TaskProgress.read(text(row, Column.STATUS));
            Agency agency = columns.containsKey(Column.AGENCY)
                    ? plan.findAgency(text(row, Column.AGENCY)).orElse(null) : titleAgency != null ? titleAgency : fileAgency;
            Period period = columns.containsKey(Column.PERIOD)
                    ? PeriodParser.find(text(row, Column.PERIOD)).orElse(null) : titlePeriod != null ? titlePeriod : filePeriod;
            if (progress.isEmpty()) {
                rejects.add(new Reject(source, ReasonCode.BAD_VALUE, "Nhiệm vụ " + code
                        + ": trạng thái \"" + text(row, Column.STATUS)
                        + "\" không hợp lệ (hoàn thành / đang thực hiện / chưa thực hiện)"));
            } else if (agency == null) {
                rejects.add(new Reject(source, ReasonCode.UNKNOWN_AGENCY, "Nhiệm vụ " + code + ": không xác định được đơn vị"));
            } else if (period == null) {
                rejects.add(new Reject(source, ReasonCode.UNKNOWN_PERIOD, "Nhiệm vụ " + code + ": không xác định được kỳ báo cáo"));
            } else {
                String doneText = VietText.clean(text(row, Column.DONE_ON));
                LocalDate doneOn = doneText.isEmpty() ? null : date(doneText, period.year());
                if (!doneText.isEmpty() && doneOn == null) {
                    rejects.add(new Reject(source, ReasonCode.BAD_VALUE, "Nhiệm vụ " + code
                            + ": ngày hoàn thành \"" + doneText + "\" không đọc được; nhiệm vụ được ghi nhận không có ngày"));
                }
                reports.add(new TaskReport(agency.code(), period, code, progress.get(),
                        progress.get() == TaskProgress.DONE ? doneOn : null,
                        VietText.clean(text(row, Column.EVIDENCE)), source));
            }
        }

        /** 31/03/2026 as written, or 2026-03-31 as a date cell reads. */
        private static LocalDate date(String text, int year) {
            try {
                return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            } catch (java.time.format.DateTimeParseException e) {
                Deadline read = DeadlineParser.parse(text, year);
                return read.kind() == Deadline.Kind.DATE ? read.date() : null;
            }
        }

        private String text(RawRow row, Column column) {
            Integer index = columns.get(column);
            return index == null ? "" : row.text(index);
        }

        private Map<Column, Integer> header(RawRow row) {
            Map<Column, Integer> found = new HashMap<>();
            for (int c = 0; c < row.cells().size(); c++) {
                int column = row.cells().get(c).column();
                String key = VietText.key(row.text(column));
                Column role = switch (key) {
                    case "ma nhiem vu", "ma so nhiem vu", "stt nhiem vu" -> Column.TASK;
                    case "trang thai", "tinh trang", "tien do" -> Column.STATUS;
                    case "ngay hoan thanh", "thoi gian hoan thanh thuc te" -> Column.DONE_ON;
                    case "minh chung", "ket qua minh chung" -> Column.EVIDENCE;
                    case "ma don vi", "don vi" -> Column.AGENCY;
                    case "ky bao cao", "ky" -> Column.PERIOD;
                    default -> null;
                };
                if (role != null) {
                    found.putIfAbsent(role, column);
                }
            }
            return found.containsKey(Column.TASK) && found.containsKey(Column.STATUS) ? found : null;
        }

        /** "Mã đơn vị: SO-NGOAIVU", "Kỳ báo cáo: Quý I/2026", as label and value cells or one cell. */
        private void scanTitle(RawRow row) {
            for (int c = 0; c < row.cells().size(); c++) {
                int column = row.cells().get(c).column();
                String key = VietText.key(row.text(column));
                if (!key.startsWith("ma don vi") && !key.startsWith("don vi bao cao") && !key.startsWith("ky bao cao")) {
                    continue;
                }
                String text = VietText.clean(row.text(column));
                String value = text.contains(":") ? text.substring(text.indexOf(':') + 1).strip() : "";
                if (value.isEmpty() && c + 1 < row.cells().size()) {
                    value = VietText.clean(row.text(row.cells().get(c + 1).column()));
                }
                if (key.startsWith("ma don vi") || key.startsWith("don vi bao cao")) {
                    plan.findAgency(value).ifPresent(a -> titleAgency = a);
                } else if (key.startsWith("ky bao cao")) {
                    PeriodParser.find(value).ifPresent(p -> titlePeriod = p);
                }
            }
        }
    }
}
