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
import vn.cchc.rollup.task.TaskStatus;
import vn.cchc.rollup.xlsx.SmallWorkbook;

/**
 * The workbook a Sở Nội vụ sends back to one agency, {@code don-vi/<agency code>.xlsx}: its score,
 * rank, band and area scores against its kind and the province, every indicator with value, target,
 * status and points, its task statuses, and the problems found in its files.
 */
public final class AgencyScorecard {

    public static final String FOLDER = "don-vi";
    static final String RESULT_SHEET = "Kết quả";
    static final String TASK_SHEET = "Nhiệm vụ";
    static final String QUALITY_SHEET = "Chất lượng dữ liệu";
    static final int INDICATOR_HEADER_ROW = 10;
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
        SmallWorkbook workbook = OutputWorkbooks.small(result.period(),
                "Kết quả CCHC – " + agency.name() + " – " + result.period().label());
        writeResults(new SheetWriter(workbook.sheet(RESULT_SHEET)), score);
        writeTasks(new SheetWriter(workbook.sheet(TASK_SHEET)), tasks);
        writeQuality(new SheetWriter(workbook.sheet(QUALITY_SHEET)), agency);
        return workbook;
    }

    private void writeResults(SheetWriter out, AgencyScore score) {
        PeriodResult result = lookup.result();
        Agency agency = score.agency();
        Scope kind = Scope.of(agency.kind());
        Look points = Looks.number(Looks.SCORE_FORMAT);
        out.text(0, 0, "KẾT QUẢ CẢI CÁCH HÀNH CHÍNH – " + agency.name().toUpperCase(java.util.Locale.ROOT), Looks.TITLE);
        out.text(1, 0, "Kỳ báo cáo: " + result.period().label() + " – Mã đơn vị: " + agency.code(), Looks.BOLD);
        out.text(3, 1, "Điểm", Looks.HEADER);
        out.number(3, 2, score.score(), points);
        out.text(4, 1, "Xếp hạng", Looks.HEADER);
        out.text(4, 2, score.rank() + "/" + peers.get(agency.kind()) + " (" + agency.kind().label() + ")");
        out.text(5, 1, "Xếp loại", Looks.HEADER);
        out.text(5, 2, bands.classify(score.score()).name());
        ProvinceName province = result.plan().provinceName();
        String whole = Scope.PROVINCE.label(province);
        out.text(6, 1, "Điểm " + kind.label(province).toLowerCase(java.util.Locale.ROOT), Looks.HEADER);
        out.number(6, 2, lookup.scope(kind).map(ScopeScore::score).orElse(null), points);
        out.text(7, 1, "Điểm " + whole.toLowerCase(java.util.Locale.ROOT), Looks.HEADER);
        out.number(7, 2, lookup.scope(Scope.PROVINCE).map(ScopeScore::score).orElse(null), points);

        out.text(3, 4, "Lĩnh vực", Looks.HEADER);
        out.text(3, 5, "Đơn vị", Looks.HEADER);
        out.text(3, 6, "Khối", Looks.HEADER);
        out.text(3, 7, whole, Looks.HEADER);
        int row = 4;
        for (Area area : result.plan().areas()) {
            out.text(row, 4, AreaNames.shorten(area.name()));
            out.number(row, 5, score.areaScores().get(area.code()), points);
            out.number(row, 6, lookup.scope(kind).map(s -> s.areaScores().get(area.code())).orElse(null), points);
            out.number(row++, 7, lookup.scope(Scope.PROVINCE).map(s -> s.areaScores().get(area.code())).orElse(null), points);
        }

        int header = Math.max(INDICATOR_HEADER_ROW, row + 1);
        out.text(header - 1, 0, "KẾT QUẢ TỪNG CHỈ TIÊU", Looks.BOLD);
        String[] indicatorHeader = INDICATOR_HEADER.clone();
        indicatorHeader[WHOLE_COLUMN] = whole;
        out.header(header, indicatorHeader);
        row = header + 1;
        for (Evaluation evaluation : evaluations.getOrDefault(agency, List.of())) {
            writeIndicator(out, lookup, evaluation, kind, row++);
        }
        out.finishTable(header, row - 1, INDICATOR_HEADER.length - 1, 2, 10, 50, 14, 11, 16, 9, 9, 11, 11, 24, 40);
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
        out.text(row, 2, OverviewSheet.target(indicator));
        out.number(row, 3, fact == null ? null : fact.value(), value);
        out.text(row, 4, evaluation.status().label(), Looks.cell(null, Looks.fill(evaluation.status())));
        out.number(row, 5, evaluation.points(), points);
        out.number(row, 6, evaluation.possiblePoints(), points);
        out.number(row, 7, lookup.rollup(indicator.code(), kind).map(IndicatorRollup::value).orElse(null), groupValue);
        out.number(row, 8, lookup.rollup(indicator.code(), Scope.PROVINCE).map(IndicatorRollup::value).orElse(null), groupValue);
        out.text(row, 9, howObtained(fact));
        out.text(row, 10, fact == null || TaskIndicator.isDerived(fact) ? ""
                : fact.source().file() + (fact.source().location().isEmpty() ? "" : " – " + fact.source().location()));
    }

    static String howObtained(Fact fact) {
        if (fact == null) {
            return "";
        }
        return TaskIndicator.isDerived(fact) ? fact.note() : "Đơn vị báo cáo";
    }

    private static void writeTasks(SheetWriter out, List<TaskStatus> tasks) {
        out.header(0, "Mã", "Lĩnh vực", "Nhiệm vụ", "Thời gian hoàn thành", "Hạn", "Tình trạng",
                "Ngày hoàn thành", "Minh chứng");
        int row = 1;
        for (TaskStatus status : tasks) {
            out.text(row, 0, status.task().code());
            out.text(row, 1, status.task().areaCode());
            out.text(row, 2, status.task().task(), Looks.WRAPPED);
            out.text(row, 3, status.task().deadline().written(), Looks.WRAPPED);
            out.text(row, 4, status.task().deadline().label(), Looks.WRAPPED);
            out.text(row, 5, status.outcome().label(), Looks.cell(null, fill(status)));
            out.text(row, 6, status.report() == null ? "" : TaskDates.format(status.report().completedOn()));
            out.text(row++, 7, status.report() == null ? "" : status.report().evidence(), Looks.WRAPPED);
        }
        if (tasks.isEmpty()) {
            out.text(1, 0, "Đơn vị chưa có khung nhiệm vụ trong kế hoạch đã nạp.");
            row = 2;
        }
        out.finishTable(0, row - 1, 7, 1, 8, 9, 60, 22, 22, 28, 14, 40);
    }

    private static String fill(TaskStatus status) {
        return switch (status.outcome()) {
            case DONE_ON_TIME, RECURRING_REPORTED -> Looks.MET_FILL;
            case DONE_LATE, OVERDUE, RECURRING_NOT_REPORTED -> Looks.NOT_MET_FILL;
            case NOT_YET_DUE, NO_FIXED_DATE -> Looks.NOT_DUE_FILL;
        };
    }

    /** Problems of the files this agency's values came from this period. */
    private void writeQuality(SheetWriter out, Agency agency) {
        Set<String> files = evaluations.getOrDefault(agency, List.of()).stream()
                .map(Evaluation::fact).filter(Objects::nonNull)
                .map(f -> f.source().file())
                .collect(Collectors.toCollection(TreeSet::new));
        out.header(0, "Tệp", "Vị trí", "Lỗi", "Chi tiết");
        int row = 1;
        for (String file : files) {
            for (Reject reject : rejectsByFile.getOrDefault(file, List.of())) {
                out.text(row, 0, reject.source().file());
                out.text(row, 1, reject.source().location());
                out.text(row, 2, reject.reason().label());
                out.text(row++, 3, reject.message(), Looks.WRAPPED);
            }
        }
        if (row == 1) {
            out.text(1, 0, "Không phát hiện lỗi dữ liệu trong các tệp của đơn vị.");
            row = 2;
        }
        out.finishTable(0, row - 1, 3, 1, 40, 18, 30, 70);
    }
}
