package vn.cchc.rollup.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.cchc.rollup.catalog.ProvinceName;
import vn.cchc.rollup.xlsx.Look;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.AgencyKind;
import vn.cchc.rollup.catalog.Area;
import vn.cchc.rollup.catalog.Unit;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.score.AgencyScore;
import vn.cchc.rollup.score.BandScale;
import vn.cchc.rollup.score.Evaluation;
import vn.cchc.rollup.score.IndicatorRollup;
import vn.cchc.rollup.score.PeriodResult;
import vn.cchc.rollup.score.Scope;
import vn.cchc.rollup.score.ScopeScore;
import vn.cchc.rollup.task.TaskDates;
import vn.cchc.rollup.task.TaskIndicator;
import vn.cchc.rollup.task.TaskOutcome;
import vn.cchc.rollup.task.TaskStatus;
import vn.cchc.rollup.xlsx.PageLayout;
import vn.cchc.rollup.xlsx.SmallSheet;
import vn.cchc.rollup.xlsx.SmallWorkbook;

/**
 * The workbook a Sở Nội vụ sends back to one agency, {@code don-vi/<agency code>.xlsx}: its score,
 * rank, band and area scores against its kind and the province, every indicator with value, target,
 * status and points, the problems found in its files, as an official letter on at most two pages;
 * when it has a task catalogue, the count of its tasks by state and the tasks needing attention, the
 * full task list on a hidden sheet (kept in the file, not printed).
 */
public final class AgencyScorecard {

    public static final String FOLDER = "don-vi";
    static final String RESULT_SHEET = "Kết quả";
    static final String TASK_SHEET = "Nhiệm vụ";
    static final String QUALITY_TITLE = "LỖI DỮ LIỆU TRONG CÁC TỆP CỦA ĐƠN VỊ";
    static final String NO_PROBLEMS = "Không phát hiện lỗi dữ liệu trong các tệp của đơn vị.";
    static final String NO_TASKS = "Đơn vị chưa có khung nhiệm vụ trong kế hoạch đã nạp.";
    static final String TASKS_TITLE = "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ";
    static final String ATTENTION_TITLE = "Nhiệm vụ cần chú ý (hoàn thành chậm, quá hạn, thường xuyên chưa báo cáo)";
    static final String NO_TASK_NEEDS_ATTENTION = "Không có nhiệm vụ hoàn thành chậm, quá hạn hay thường xuyên chưa báo cáo.";
    static final String FULL_TASK_LIST = "Danh sách đầy đủ %d nhiệm vụ (cả ngày hoàn thành và minh chứng) ở trang «%s»,"
            + " để ẩn và không in: bấm chuột phải vào tên trang ở dưới, chọn «Hiện» (Unhide) để xem.";
    static final int SCORE_ROW = 8;
    static final int INDICATOR_HEADER_ROW = 18;
    static final int TASK_HEADER_ROW = 3;
    private static final int[] RESULT_WIDTHS = {8, 44, 12, 9, 12, 8, 8, 9, 9, 16, 24};
    private static final String[] INDICATOR_HEADER = {
        "Mã", "Tên chỉ tiêu", "Chỉ tiêu", "Giá trị", "Kết quả", "Điểm đạt", "Điểm tối đa",
        "Khối", "", "Cách xác định", "Nguồn"};
    private static final int WHOLE_COLUMN = 8;

    private final BandScale bands;
    private final ResultLookup lookup;
    private final Map<Agency, AgencyScore> scores = new HashMap<>();
    private final Map<Agency, List<Evaluation>> evaluations = new HashMap<>();
    private final Map<AgencyKind, Integer> peers = new EnumMap<>(AgencyKind.class);
    private final Map<String, List<Reject>> rejectsByFile = new HashMap<>();

    /** Indexes the result once, so writing every agency's scorecard stays linear in the agencies. */
    public AgencyScorecard(BandScale bands, PeriodResult result) {
        this.bands = bands;
        this.lookup = new ResultLookup(result);
        for (AgencyScore score : result.scores()) {
            scores.put(score.agency(), score);
            peers.merge(score.agency().kind(), 1, Integer::sum);
        }
        for (Evaluation evaluation : result.evaluations()) {
            evaluations.computeIfAbsent(evaluation.agency(), a -> new ArrayList<>()).add(evaluation);
        }
        for (Reject reject : result.rejects()) {
            if (reject.source() != null) {
                rejectsByFile.computeIfAbsent(reject.source().file(), f -> new ArrayList<>()).add(reject);
            }
        }
    }

    public static Path file(Path periodDir, Agency agency) {
        return periodDir.resolve(FOLDER).resolve(agency.code() + ".xlsx");
    }

    /** Writes the agency's scorecard atomically; {@code tasks} may be empty when it has no task catalogue. */
    public void write(Agency agency, List<TaskStatus> tasks, Path file) throws IOException {
        SmallWorkbook workbook = build(agency, tasks);
        AtomicFiles.write(file, workbook::write);
    }

    SmallWorkbook build(Agency agency, List<TaskStatus> tasks) {
        PeriodResult result = lookup.result();
        AgencyScore score = scores.get(agency);
        if (score == null) {
            throw new IllegalArgumentException("no score for " + agency.code());
        }
        String title = "Kết quả CCHC – " + agency.name() + " – " + result.period().label();
        SmallWorkbook workbook = OutputWorkbooks.small(result.period(), title);
        // the scorecard is an official letter: at most two pages, however long the indicator names
        SheetWriter out = new SheetWriter(workbook.sheet(RESULT_SHEET)).columns(RESULT_WIDTHS);
        int row = writeResults(out, score, PageLayout.landscape(title).atMostPagesTall(2));
        row = writeQuality(out, agency, row + 1);
        if (tasks.isEmpty()) {
            out.text(row++, 0, NO_TASKS, Looks.BOLD);
        } else {
            row = writeTaskSummary(out, tasks, row);
            SmallSheet taskSheet = workbook.sheet(TASK_SHEET);
            SheetWriter full = new SheetWriter(taskSheet)
                    .print(PageLayout.landscape(title).repeating(TASK_HEADER_ROW, TASK_HEADER_ROW))
                    .columns(6, 8, 56, 18, 11, 16, 11, 30);
            writeTasks(full, agency, tasks);
            // the letter stays within two pages: the full list is kept in the file, not printed
            taskSheet.hide();
        }
        OfficialDocument.signature(out, result.plan(), row + 1, 1, 6, RESULT_WIDTHS.length - 1);
        return workbook;
    }

    /** @return the first row free after the indicator table */
    private int writeResults(SheetWriter out, AgencyScore score, PageLayout layout) {
        PeriodResult result = lookup.result();
        Agency agency = score.agency();
        Scope kind = Scope.of(agency.kind());
        Look points = Looks.number(Looks.SCORE_FORMAT);
        OfficialDocument.heading(out, result.plan(), result.period(), 1, RESULT_WIDTHS.length - 1,
                "KẾT QUẢ CẢI CÁCH HÀNH CHÍNH " + result.period().label().toUpperCase(OfficialDocument.VIETNAMESE),
                agency.name() + " – Mã đơn vị: " + agency.code() + " – Kỳ báo cáo: " + result.period().label());
        int row = SCORE_ROW;
        out.text(row, 1, "Điểm", Looks.HEADER);
        out.number(row++, 2, ShownScore.of(score.score()), points);
        out.text(row, 1, "Xếp hạng", Looks.HEADER);
        out.text(row++, 2, score.rank() + "/" + peers.get(agency.kind()) + " (" + agency.kind().label() + ")", Looks.WRAPPED);
        out.text(row, 1, "Xếp loại", Looks.HEADER);
        out.text(row++, 2, score.reported() ? ShownScore.band(bands, score.score()).name() : BandCounts.NOT_REPORTED,
                Looks.WRAPPED);
        ProvinceName province = result.plan().provinceName();
        String whole = Scope.PROVINCE.label(province);
        out.text(row, 1, "Điểm " + kind.label(province).toLowerCase(OfficialDocument.VIETNAMESE), Looks.HEADER);
        out.number(row++, 2, ShownScore.of(lookup.scope(kind).map(ScopeScore::score).orElse(null)), points);
        out.text(row, 1, "Điểm " + whole.toLowerCase(OfficialDocument.VIETNAMESE), Looks.HEADER);
        out.number(row, 2, ShownScore.of(lookup.scope(Scope.PROVINCE).map(ScopeScore::score).orElse(null)), points);

        out.textAcross(SCORE_ROW, 4, 6, "Lĩnh vực", Looks.HEADER);
        out.text(SCORE_ROW, 7, "Đơn vị", Looks.HEADER);
        out.text(SCORE_ROW, 8, "Khối", Looks.HEADER);
        out.text(SCORE_ROW, 9, whole, Looks.HEADER);
        row = SCORE_ROW + 1;
        for (Area area : result.plan().areas()) {
            out.textAcross(row, 4, 6, AreaNames.shorten(area.name()), Looks.WRAPPED);
            out.number(row, 7, ShownScore.of(score.areaScores().get(area.code())), points);
            out.number(row, 8, ShownScore.of(lookup.scope(kind).map(s -> s.areaScores().get(area.code())).orElse(null)), points);
            out.number(row++, 9, ShownScore.of(lookup.scope(Scope.PROVINCE)
                    .map(s -> s.areaScores().get(area.code())).orElse(null)), points);
        }

        int header = Math.max(INDICATOR_HEADER_ROW, row + 1);
        out.text(header - 1, 0, "KẾT QUẢ TỪNG CHỈ TIÊU", Looks.BOLD);
        String[] indicatorHeader = INDICATOR_HEADER.clone();
        indicatorHeader[WHOLE_COLUMN] = whole;
        out.header(header, indicatorHeader);
        out.print(layout.repeating(header, header));
        row = header + 1;
        for (Evaluation evaluation : evaluations.getOrDefault(agency, List.of())) {
            writeIndicator(out, lookup, evaluation, kind, row++);
        }
        out.finishTable(header, row - 1, INDICATOR_HEADER.length - 1, 2);
        return row;
    }

    private static void writeIndicator(SheetWriter out, ResultLookup lookup, Evaluation evaluation, Scope kind, int row) {
        var indicator = evaluation.indicator();
        Look value = Looks.number(indicator.unit() == Unit.YES_NO
                ? Looks.YES_NO_FORMAT : Looks.numberFormat(indicator.unit()));
        Look groupValue = Looks.number(indicator.unit() == Unit.YES_NO
                ? Looks.PERCENT_FORMAT : Looks.numberFormat(indicator.unit()));
        Look points = Looks.number(Looks.SCORE_FORMAT);
        Fact fact = evaluation.fact();
        out.text(row, 0, indicator.code());
        out.text(row, 1, indicator.name(), Looks.WRAPPED);
        out.text(row, 2, OverviewSheet.target(indicator), Looks.WRAPPED);
        out.number(row, 3, fact == null ? null : fact.value(), value);
        out.text(row, 4, evaluation.status().label(), Looks.cell(null, Looks.fill(evaluation.status())).wrapped(Look.Vertical.CENTER));
        out.number(row, 5, ShownScore.of(evaluation.points()), points);
        out.number(row, 6, ShownScore.of(evaluation.possiblePoints()), points);
        out.number(row, 7, lookup.rollup(indicator.code(), kind).map(IndicatorRollup::value).orElse(null), groupValue);
        out.number(row, 8, lookup.rollup(indicator.code(), Scope.PROVINCE).map(IndicatorRollup::value).orElse(null), groupValue);
        out.text(row, 9, howObtained(fact), Looks.WRAPPED);
        out.text(row, 10, fact == null || TaskIndicator.isDerived(fact) ? "" : source(fact), Looks.WRAPPED);
    }

    /** The file's name without its folders, and the cell: the folder is the period's, the same for every row. */
    static String source(Fact fact) {
        String file = fact.source().file();
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        return name + (fact.source().location().isEmpty() ? "" : " – " + fact.source().location());
    }

    static String howObtained(Fact fact) {
        if (fact == null) {
            return "";
        }
        return TaskIndicator.isDerived(fact) ? fact.note() : "Đơn vị báo cáo";
    }

    /**
     * The tasks on the letter: how many in each state, then only those needing attention (late,
     * overdue, recurring but not reported), one compact line each.
     *
     * @return the first row free after them
     */
    private static int writeTaskSummary(SheetWriter out, List<TaskStatus> tasks, int row) {
        out.text(row++, 0, TASKS_TITLE, Looks.BOLD);
        Map<TaskOutcome, Long> counts = tasks.stream()
                .collect(Collectors.groupingBy(TaskStatus::outcome, () -> new EnumMap<>(TaskOutcome.class), Collectors.counting()));
        String summary = counts.entrySet().stream().map(e -> e.getKey().label() + ": " + e.getValue())
                .collect(Collectors.joining("; ", "Tổng số " + tasks.size() + " nhiệm vụ – ", "."));
        out.textAcross(row++, 0, RESULT_WIDTHS.length - 1, summary, Looks.WRAPPED);
        List<TaskStatus> attention = tasks.stream().filter(AgencyScorecard::needsAttention).toList();
        if (attention.isEmpty()) {
            out.textAcross(row++, 0, RESULT_WIDTHS.length - 1, NO_TASK_NEEDS_ATTENTION, Looks.WRAPPED);
        } else {
            out.textAcross(row++, 0, RESULT_WIDTHS.length - 1, ATTENTION_TITLE + " (" + attention.size() + "):", Looks.BOLD);
            out.text(row, 0, "Mã", Looks.HEADER);
            out.textAcross(row, 1, 4, "Nhiệm vụ", Looks.HEADER);
            out.textAcross(row, 5, 6, "Hạn", Looks.HEADER);
            out.textAcross(row, 7, 9, "Tình trạng", Looks.HEADER);
            out.text(row++, 10, "Ngày hoàn thành", Looks.HEADER);
            for (TaskStatus status : attention) {
                out.text(row, 0, status.task().code(), Looks.WRAPPED);
                out.textAcross(row, 1, 4, status.task().task(), Looks.WRAPPED);
                out.textAcross(row, 5, 6, status.task().deadline().label(), Looks.WRAPPED);
                out.textAcross(row, 7, 9, status.outcome().label(), Looks.cell(null, fill(status)).wrapped(Look.Vertical.CENTER));
                out.text(row++, 10, status.report() == null ? "" : TaskDates.format(status.report().completedOn()), Looks.WRAPPED);
            }
        }
        out.textAcross(row++, 0, RESULT_WIDTHS.length - 1, FULL_TASK_LIST.formatted(tasks.size(), TASK_SHEET), Looks.WRAPPED);
        return row;
    }

    static boolean needsAttention(TaskStatus status) {
        return switch (status.outcome()) {
            case DONE_LATE, OVERDUE, RECURRING_NOT_REPORTED -> true;
            case DONE_ON_TIME, RECURRING_REPORTED, NOT_YET_DUE, NO_FIXED_DATE -> false;
        };
    }

    private void writeTasks(SheetWriter out, Agency agency, List<TaskStatus> tasks) {
        PeriodResult result = lookup.result();
        out.text(0, 0, "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ – " + agency.name().toUpperCase(OfficialDocument.VIETNAMESE), Looks.TITLE);
        out.rowHeight(0, 24);
        out.text(1, 0, "Kỳ báo cáo: " + result.period().label(), Looks.BOLD);
        out.header(TASK_HEADER_ROW, "Mã", "Lĩnh vực", "Nhiệm vụ", "Thời gian hoàn thành", "Hạn", "Tình trạng",
                "Ngày hoàn thành", "Minh chứng");
        int row = TASK_HEADER_ROW + 1;
        for (TaskStatus status : tasks) {
            out.text(row, 0, status.task().code());
            out.text(row, 1, status.task().areaCode());
            out.text(row, 2, status.task().task(), Looks.WRAPPED);
            out.text(row, 3, status.task().deadline().written(), Looks.WRAPPED);
            out.text(row, 4, status.task().deadline().label(), Looks.WRAPPED);
            out.text(row, 5, status.outcome().label(), Looks.cell(null, fill(status)).wrapped(Look.Vertical.CENTER));
            out.text(row, 6, status.report() == null ? "" : TaskDates.format(status.report().completedOn()));
            out.text(row++, 7, status.report() == null ? "" : status.report().evidence(), Looks.WRAPPED);
        }
        out.finishTable(TASK_HEADER_ROW, row - 1, 7, 1);
    }

    private static String fill(TaskStatus status) {
        return switch (status.outcome()) {
            case DONE_ON_TIME, RECURRING_REPORTED -> Looks.MET_FILL;
            case DONE_LATE, OVERDUE, RECURRING_NOT_REPORTED -> Looks.NOT_MET_FILL;
            case NOT_YET_DUE, NO_FIXED_DATE -> Looks.NOT_DUE_FILL;
        };
    }

    /**
     * Problems of the files this agency's values came from this period, under the indicator table.
     *
     * @return the first row free after them
     */
    private int writeQuality(SheetWriter out, Agency agency, int row) {
        Set<String> files = evaluations.getOrDefault(agency, List.of()).stream()
                .map(Evaluation::fact).filter(Objects::nonNull)
                .map(f -> f.source().file())
                .collect(Collectors.toCollection(TreeSet::new));
        List<Reject> problems = files.stream().flatMap(f -> rejectsByFile.getOrDefault(f, List.of()).stream()).toList();
        if (problems.isEmpty()) {
            out.text(row, 0, NO_PROBLEMS, Looks.BOLD);
            return row + 1;
        }
        out.text(row++, 0, QUALITY_TITLE, Looks.BOLD);
        out.textAcross(row, 0, 1, "Tệp", Looks.HEADER);
        out.textAcross(row, 2, 3, "Vị trí", Looks.HEADER);
        out.textAcross(row, 4, 6, "Lỗi", Looks.HEADER);
        out.textAcross(row++, 7, 10, "Chi tiết", Looks.HEADER);
        for (Reject reject : problems) {
            out.textAcross(row, 0, 1, reject.source().file(), Looks.WRAPPED);
            out.textAcross(row, 2, 3, reject.source().location(), Looks.WRAPPED);
            out.textAcross(row, 4, 6, reject.reason().label(), Looks.WRAPPED);
            out.textAcross(row++, 7, 10, reject.message(), Looks.WRAPPED);
        }
        return row;
    }
}
