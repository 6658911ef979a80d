package vn.cchc.rollup.publish;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
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
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.score.AgencyScore;
import vn.cchc.rollup.score.BandScale;
import vn.cchc.rollup.score.Evaluation;
import vn.cchc.rollup.score.PeriodResult;
import vn.cchc.rollup.score.Scope;
import vn.cchc.rollup.task.TaskDates;
import vn.cchc.rollup.task.TaskIndicator;
import vn.cchc.rollup.task.TaskOutcome;
import vn.cchc.rollup.task.TaskStatus;
import vn.cchc.rollup.xlsx.PageLayout;
import vn.cchc.rollup.xlsx.SmallSheet;
import vn.cchc.rollup.xlsx.SmallWorkbook;

/**
 * The workbook a Sở Nội vụ sends back to one agency, {@code don-vi/<agency code>.xlsx}: its score,
 * rank among its kind, band, points by area, every indicator with value, target, status and points,
 * the problems found in its files, as an official letter on at most two pages; when it has a task
 * catalogue, the count of its tasks by state and the tasks needing attention, the full task list on a
 * hidden sheet (kept in the file, not printed). It shows nothing of the other agencies' results
 * (averages of the kind and the province are in the summary workbook): see {@link ScorecardContent}.
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
    static final String COMPARISON = "Điểm bình quân của khối, của %s và kết quả các đơn vị khác: xem báo cáo tổng hợp"
            + " của kỳ (trang «Tổng quan», «Xếp hạng»).";
    static final int SCORE_ROW = 8;
    static final int INDICATOR_HEADER_ROW = 18;
    static final int TASK_HEADER_ROW = 3;
    private static final int[] RESULT_WIDTHS = {8, 52, 13, 10, 12, 9, 9, 18, 28};
    private static final String[] INDICATOR_HEADER = {
        "Mã", "Tên chỉ tiêu", "Chỉ tiêu", "Giá trị", "Kết quả", "Điểm đạt", "Điểm tối đa", "Cách xác định", "Nguồn"};

    private final BandScale bands;
    private final PeriodResult result;
    private final Map<Agency, AgencyScore> scores = new HashMap<>();
    private final Map<Agency, List<Evaluation>> evaluations = new HashMap<>();
    private final Map<AgencyKind, Integer> peers = new EnumMap<>(AgencyKind.class);
    private final Map<String, List<Reject>> rejectsByFile = new HashMap<>();

    /** Indexes the result once, so writing every agency's scorecard stays linear in the agencies. */
    public AgencyScorecard(BandScale bands, PeriodResult result) {
        this.bands = bands;
        this.result = result;
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
        write(content(agency, tasks), file);
    }

    void write(ScorecardContent content, Path file) throws IOException {
        SmallWorkbook workbook = build(content);
        AtomicFiles.write(file, workbook::write);
    }

    /** What the agency's scorecard shows of the period; {@code tasks} may be empty. */
    ScorecardContent content(Agency agency, List<TaskStatus> tasks) {
        AgencyScore score = scores.get(agency);
        if (score == null) {
            throw new IllegalArgumentException("no score for " + agency.code());
        }
        List<Evaluation> own = evaluations.getOrDefault(agency, List.of());
        Set<String> files = own.stream().map(Evaluation::fact).filter(Objects::nonNull)
                .map(f -> f.source().file())
                .collect(Collectors.toCollection(TreeSet::new));
        List<Reject> problems = files.stream().flatMap(f -> rejectsByFile.getOrDefault(f, List.of()).stream()).toList();
        return new ScorecardContent(result.period(), agency, score.score(), new TreeMap<>(score.areaScores()),
                score.rank(), peers.get(agency.kind()), score.reported(), own, problems, tasks,
                result.evaluationDigest(agency));
    }

    SmallWorkbook build(Agency agency, List<TaskStatus> tasks) {
        return build(content(agency, tasks));
    }

    /** Built from the content and the plan only: what the scorecard's key covers. */
    SmallWorkbook build(ScorecardContent content) {
        Agency agency = content.agency();
        String title = "Kết quả CCHC – " + agency.name() + " – " + content.period().label();
        SmallWorkbook workbook = OutputWorkbooks.small(content.period(), title);
        // the scorecard is an official letter: at most two pages, however long the indicator names
        SheetWriter out = new SheetWriter(workbook.sheet(RESULT_SHEET)).columns(RESULT_WIDTHS);
        int row = writeResults(out, content, PageLayout.landscape(title).atMostPagesTall(2));
        row = writeQuality(out, content.problems(), row + 1);
        List<TaskStatus> tasks = content.tasks();
        if (tasks.isEmpty()) {
            out.text(row++, 0, NO_TASKS, Looks.BOLD);
        } else {
            row = writeTaskSummary(out, tasks, row);
            SmallSheet taskSheet = workbook.sheet(TASK_SHEET);
            SheetWriter full = new SheetWriter(taskSheet)
                    .print(PageLayout.landscape(title).repeating(TASK_HEADER_ROW, TASK_HEADER_ROW))
                    .columns(6, 8, 56, 18, 11, 16, 11, 30);
            writeTasks(full, content, tasks);
            // the letter stays within two pages: the full list is kept in the file, not printed
            taskSheet.hide();
        }
        OfficialDocument.signature(out, result.plan(), row + 1, 1, 5, RESULT_WIDTHS.length - 1);
        return workbook;
    }

    /** @return the first row free after the indicator table */
    private int writeResults(SheetWriter out, ScorecardContent content, PageLayout layout) {
        Agency agency = content.agency();
        Period period = content.period();
        Look points = Looks.number(Looks.SCORE_FORMAT);
        OfficialDocument.heading(out, result.plan(), period, 1, RESULT_WIDTHS.length - 1,
                "KẾT QUẢ CẢI CÁCH HÀNH CHÍNH " + period.label().toUpperCase(OfficialDocument.VIETNAMESE),
                agency.name() + " – Mã đơn vị: " + agency.code() + " – Kỳ báo cáo: " + period.label());
        Map<String, BigDecimal[]> areaPoints = pointsByArea(content.evaluations());
        BigDecimal[] total = areaPoints.values().stream()
                .reduce(new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO}, (a, b) -> new BigDecimal[] {a[0].add(b[0]), a[1].add(b[1])});
        int row = SCORE_ROW;
        out.text(row, 1, "Điểm", Looks.HEADER);
        out.number(row++, 2, ShownScore.of(content.score()), points);
        out.text(row, 1, "Xếp hạng", Looks.HEADER);
        out.text(row++, 2, content.rank() + "/" + content.peers() + " (" + agency.kind().label() + ")", Looks.WRAPPED);
        out.text(row, 1, "Xếp loại", Looks.HEADER);
        out.text(row++, 2, content.reported() ? ShownScore.band(bands, content.score()).name() : BandCounts.NOT_REPORTED,
                Looks.WRAPPED);
        out.text(row, 1, "Điểm đạt", Looks.HEADER);
        out.number(row++, 2, ShownScore.of(total[0]), points);
        out.text(row, 1, "Điểm tối đa", Looks.HEADER);
        out.number(row, 2, ShownScore.of(total[1]), points);

        out.textAcross(SCORE_ROW, 4, 5, "Lĩnh vực", Looks.HEADER);
        out.text(SCORE_ROW, 6, "Điểm đạt", Looks.HEADER);
        out.text(SCORE_ROW, 7, "Điểm tối đa", Looks.HEADER);
        out.text(SCORE_ROW, 8, "Điểm (thang 100)", Looks.HEADER);
        row = SCORE_ROW + 1;
        for (Area area : result.plan().areas()) {
            BigDecimal[] earnedOfPossible = areaPoints.get(area.code());
            out.textAcross(row, 4, 5, AreaNames.shorten(area.name()), Looks.WRAPPED);
            out.number(row, 6, earnedOfPossible == null ? null : ShownScore.of(earnedOfPossible[0]), points);
            out.number(row, 7, earnedOfPossible == null ? null : ShownScore.of(earnedOfPossible[1]), points);
            out.number(row++, 8, ShownScore.of(content.areaScores().get(area.code())), points);
        }
        ProvinceName province = result.plan().provinceName();
        String whole = Scope.PROVINCE.label(province).toLowerCase(OfficialDocument.VIETNAMESE);
        out.textAcross(row++, 4, RESULT_WIDTHS.length - 1, COMPARISON.formatted(whole),
                Looks.WRAPPED);

        int header = Math.max(INDICATOR_HEADER_ROW, row + 1);
        out.text(header - 1, 0, "KẾT QUẢ TỪNG CHỈ TIÊU", Looks.BOLD);
        out.header(header, INDICATOR_HEADER);
        out.print(layout.repeating(header, header));
        row = header + 1;
        for (Evaluation evaluation : content.evaluations()) {
            writeIndicator(out, evaluation, row++);
        }
        out.finishTable(header, row - 1, INDICATOR_HEADER.length - 1, 2);
        return row;
    }

    /** Points earned and due per area code, from the agency's own evaluations. */
    private static Map<String, BigDecimal[]> pointsByArea(List<Evaluation> evaluations) {
        Map<String, BigDecimal[]> byArea = new TreeMap<>();
        for (Evaluation evaluation : evaluations) {
            BigDecimal[] sums = byArea.computeIfAbsent(evaluation.indicator().areaCode(),
                    a -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            if (evaluation.points() != null) {
                sums[0] = sums[0].add(evaluation.points());
            }
            if (evaluation.possiblePoints() != null) {
                sums[1] = sums[1].add(evaluation.possiblePoints());
            }
        }
        return byArea;
    }

    private static void writeIndicator(SheetWriter out, Evaluation evaluation, int row) {
        var indicator = evaluation.indicator();
        Look value = Looks.number(indicator.unit() == Unit.YES_NO
                ? Looks.YES_NO_FORMAT : Looks.numberFormat(indicator.unit()));
        // centred: right-aligned points would run into "Cách xác định" on the printed page
        Look points = Looks.number(Looks.SCORE_FORMAT).centered();
        Fact fact = evaluation.fact();
        out.text(row, 0, indicator.code());
        out.text(row, 1, indicator.name(), Looks.WRAPPED);
        out.text(row, 2, OverviewSheet.target(indicator), Looks.WRAPPED);
        out.number(row, 3, fact == null ? null : fact.value(), value);
        out.text(row, 4, evaluation.status().label(), Looks.cell(null, Looks.fill(evaluation.status())).wrapped(Look.Vertical.CENTER));
        out.number(row, 5, ShownScore.of(evaluation.points()), points);
        out.number(row, 6, ShownScore.of(evaluation.possiblePoints()), points);
        out.text(row, 7, howObtained(fact), Looks.WRAPPED);
        out.text(row, 8, fact == null || TaskIndicator.isDerived(fact) ? "" : source(fact), Looks.WRAPPED);
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
            out.textAcross(row, 1, 3, "Nhiệm vụ", Looks.HEADER);
            out.textAcross(row, 4, 5, "Hạn", Looks.HEADER);
            out.textAcross(row, 6, 7, "Tình trạng", Looks.HEADER);
            out.text(row++, 8, "Ngày hoàn thành", Looks.HEADER);
            for (TaskStatus status : attention) {
                out.text(row, 0, status.task().code(), Looks.WRAPPED);
                out.textAcross(row, 1, 3, status.task().task(), Looks.WRAPPED);
                out.textAcross(row, 4, 5, status.task().deadline().label(), Looks.WRAPPED);
                out.textAcross(row, 6, 7, status.outcome().label(), Looks.cell(null, fill(status)).wrapped(Look.Vertical.CENTER));
                out.text(row++, 8, status.report() == null ? "" : TaskDates.format(status.report().completedOn()), Looks.WRAPPED);
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

    private static void writeTasks(SheetWriter out, ScorecardContent content, List<TaskStatus> tasks) {
        out.text(0, 0, "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ – " + content.agency().name().toUpperCase(OfficialDocument.VIETNAMESE),
                Looks.TITLE);
        out.rowHeight(0, 24);
        out.text(1, 0, "Kỳ báo cáo: " + content.period().label(), Looks.BOLD);
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
    private static int writeQuality(SheetWriter out, List<Reject> problems, int row) {
        if (problems.isEmpty()) {
            out.text(row, 0, NO_PROBLEMS, Looks.BOLD);
            return row + 1;
        }
        out.text(row++, 0, QUALITY_TITLE, Looks.BOLD);
        out.textAcross(row, 0, 1, "Tệp", Looks.HEADER);
        out.textAcross(row, 2, 3, "Vị trí", Looks.HEADER);
        out.textAcross(row, 4, 5, "Lỗi", Looks.HEADER);
        out.textAcross(row++, 6, RESULT_WIDTHS.length - 1, "Chi tiết", Looks.HEADER);
        for (Reject reject : problems) {
            out.textAcross(row, 0, 1, reject.source().file(), Looks.WRAPPED);
            out.textAcross(row, 2, 3, reject.source().location(), Looks.WRAPPED);
            out.textAcross(row, 4, 5, reject.reason().label(), Looks.WRAPPED);
            out.textAcross(row++, 6, RESULT_WIDTHS.length - 1, reject.message(), Looks.WRAPPED);
        }
        return row;
    }
}
