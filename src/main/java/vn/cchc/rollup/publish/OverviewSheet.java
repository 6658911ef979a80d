package vn.cchc.rollup.publish;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.cchc.rollup.xlsx.Look;
import org.apache.poi.ss.usermodel.Workbook;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.ProvinceName;
import vn.cchc.rollup.catalog.TargetBasis;
import vn.cchc.rollup.catalog.Unit;
import vn.cchc.rollup.score.Evaluation;
import vn.cchc.rollup.score.IndicatorRollup;
import vn.cchc.rollup.score.PeriodResult;
import vn.cchc.rollup.score.Scope;
import vn.cchc.rollup.score.ScopeScore;
import vn.cchc.rollup.score.Status;
import vn.cchc.rollup.xlsx.PageLayout;

/** Sheet "Tổng quan": headline scores, reporting and status counts, then one row per indicator. */
final class OverviewSheet {

    static final String NAME = "Tổng quan";
    static final String TITLE = "TỔNG HỢP KẾT QUẢ CẢI CÁCH HÀNH CHÍNH";
    static final int BLOCK_ROW = 8;
    static final int TABLE_HEADER_ROW = 17;
    private static final int[] WIDTHS = {9, 48, 12, 12, 10, 10, 10, 10, 12, 8, 9, 9, 9};
    private static final int WHOLE_COLUMN = 4;
    private static final String[] HEADER = {
        "Mã", "Tên chỉ tiêu", "Đơn vị tính", "Chỉ tiêu", "", "Khối Sở", "Khối xã",
        "Tử số", "Mẫu số", "Đạt", "Không đạt", "Chưa báo cáo", "Chưa đến kỳ"};

    private OverviewSheet() {
    }

    static void write(Workbook workbook, WorkbookStyles styles, ResultLookup lookup) {
        PeriodResult result = lookup.result();
        SheetWriter out = new SheetWriter(workbook.createSheet(NAME), styles)
                .print(PageLayout.landscape(OfficialDocument.summaryTitle(result.period()))
                        .repeating(TABLE_HEADER_ROW, TABLE_HEADER_ROW))
                .columns(WIDTHS);
        ProvinceName province = result.plan().provinceName();
        OfficialDocument.heading(out, result.plan(), result.period(), 1, HEADER.length - 1,
                TITLE + " " + result.period().label().toUpperCase(OfficialDocument.VIETNAMESE),
                province.titlePrefix() + "Kỳ báo cáo: " + result.period().label());

        Look score = Looks.number(Looks.SCORE_FORMAT);
        Look count = Looks.number(Looks.COUNT_FORMAT);
        out.text(BLOCK_ROW, 1, "Điểm Chỉ số CCHC", Looks.HEADER);
        out.text(BLOCK_ROW, 2, "Điểm", Looks.HEADER);
        out.rowLines(BLOCK_ROW, 2);
        int row = BLOCK_ROW + 1;
        for (Scope scope : List.of(Scope.PROVINCE, Scope.SO, Scope.XA)) {
            out.text(row, 1, scope.label(province));
            out.number(row++, 2, ShownScore.of(lookup.scope(scope).map(ScopeScore::score).orElse(null)), score);
        }
        int agencies = result.plan().agencies().size();
        out.text(row, 1, "Số đơn vị đã báo cáo");
        out.number(row++, 2, agencies - result.notReported().size(), count);
        out.text(row, 1, "Số đơn vị chưa báo cáo");
        out.number(row, 2, result.notReported().size(), count);

        out.text(BLOCK_ROW, 4, "Kết quả đánh giá chỉ tiêu", Looks.HEADER);
        out.text(BLOCK_ROW, 5, "", Looks.HEADER);
        out.text(BLOCK_ROW, 6, "Số lượt", Looks.HEADER);
        row = BLOCK_ROW + 1;
        for (Status status : Status.values()) {
            out.text(row, 4, status.label());
            out.text(row, 5, "");
            out.number(row++, 6, count(result.evaluations(), status), count);
        }
        for (int merged = BLOCK_ROW; merged < row; merged++) {
            out.merge(merged, merged, 4, 5);
        }

        out.text(TABLE_HEADER_ROW - 1, 0, "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", Looks.BOLD);
        String[] header = HEADER.clone();
        header[WHOLE_COLUMN] = Scope.PROVINCE.label(province);
        out.header(TABLE_HEADER_ROW, header);
        row = TABLE_HEADER_ROW + 1;
        for (Indicator indicator : result.plan().indicators()) {
            writeIndicator(out, lookup, indicator, row++);
        }
        out.finishTable(TABLE_HEADER_ROW, row - 1, HEADER.length - 1, 2);
        OfficialDocument.signature(out, result.plan(), row + 1, 1, 8, HEADER.length - 1);
    }

    private static void writeIndicator(SheetWriter out, ResultLookup lookup, Indicator indicator, int row) {
        Look value = Looks.number(indicator.unit() == Unit.YES_NO
                ? Looks.PERCENT_FORMAT : Looks.numberFormat(indicator.unit()));
        Look count = Looks.number(Looks.COUNT_FORMAT);
        out.text(row, 0, indicator.code());
        out.text(row, 1, indicator.name(), Looks.WRAPPED);
        out.text(row, 2, unitLabel(indicator), Looks.WRAPPED);
        out.text(row, 3, target(indicator));
        out.number(row, 4, rollupValue(lookup, indicator, Scope.PROVINCE), value);
        out.number(row, 5, rollupValue(lookup, indicator, Scope.SO), value);
        out.number(row, 6, rollupValue(lookup, indicator, Scope.XA), value);
        IndicatorRollup province = lookup.rollup(indicator.code(), Scope.PROVINCE).orElse(null);
        out.number(row, 7, province == null ? null : province.numerator(), count);
        out.number(row, 8, province == null ? null : province.denominator(), count);
        out.number(row, 9, province == null ? 0 : province.met(), count);
        out.number(row, 10, province == null ? 0 : province.notMet(), count);
        out.number(row, 11, province == null ? 0 : province.missing(), count);
        out.number(row, 12, province == null ? 0 : province.notDue(), count);
    }

    /** YES_NO indicators roll up as the share of agencies answering yes, so they read in percent. */
    private static String unitLabel(Indicator indicator) {
        return switch (indicator.unit()) {
            case PERCENT -> "%";
            case COUNT -> "Số lượng";
            case YES_NO -> "Có/Không (tỷ lệ % có)";
        };
    }

    /** Asked for every row of 4,000 scorecards: made once per indicator. */
    private static final Map<Indicator, String> TARGETS = new ConcurrentHashMap<>();

    static String target(Indicator indicator) {
        return TARGETS.computeIfAbsent(indicator, OverviewSheet::targetOnce);
    }

    private static String targetOnce(Indicator indicator) {
        if (indicator.target() == null) {
            return indicator.comparator().symbol() + " so với năm trước";
        }
        String figure = switch (indicator.unit()) {
            case YES_NO -> indicator.target().signum() > 0 ? "Có" : "Không";
            default -> ChartStyle.numbers(1).format(indicator.target())
                    + (indicator.unit() == Unit.PERCENT ? "%" : "");
        };
        String perMonth = indicator.targetBasis() == TargetBasis.PER_MONTH ? "/tháng" : "";
        return indicator.comparator().symbol() + " " + figure + perMonth;
    }

    private static BigDecimal rollupValue(ResultLookup lookup, Indicator indicator, Scope scope) {
        return lookup.rollup(indicator.code(), scope).map(IndicatorRollup::value).orElse(null);
    }

    private static int count(List<Evaluation> evaluations, Status status) {
        return (int) evaluations.stream().filter(e -> e.status() == status).count();
    }
}
