package vn.cchc.rollup.publish;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.io.function.IORunnable;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.cchc.rollup.catalog.AgencyKind;
import vn.cchc.rollup.catalog.Area;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.ProvinceName;
import vn.cchc.rollup.catalog.Unit;
import vn.cchc.rollup.score.AgencyScore;
import vn.cchc.rollup.score.Evaluation;
import vn.cchc.rollup.score.PeriodResult;
import vn.cchc.rollup.score.Scope;
import vn.cchc.rollup.score.Status;

/** Draws the period's charts as PNG files, all text in Vietnamese. */
public final class ChartRenderer {

    static final int WIDTH = 1200;
    static final int HEIGHT = 700;
    private static final int ROW_HEIGHT = 24;
    /**
     * Bar charts show at most this many agencies (the first and last half): a national ranking of
     * 3,300 communes would be an 80,000-pixel image of ~380 MB. The workbook sheets keep them all.
     */
    static final int MAX_BARS = 100;
    private static final Color MET = new Color(0x548235);
    private static final Color NOT_MET = new Color(0xC0504D);
    private static final Color NOT_DUE = new Color(0x5B9BD5);
    private static final Color NOT_REPORTED = new Color(0xA6A6A6);
    static final String NOT_REPORTED_LABEL = " (chưa báo cáo)";

    /**
     * Renders every chart into {@code chartsDir}, replacing files of an earlier run, on a thread per
     * core (each chart is drawn and encoded on its own).
     */
    public Charts render(PeriodResult result, Path chartsDir) throws IOException {
        return render(result, chartsDir, ChartReuse.NONE);
    }

    /** As {@link #render(PeriodResult, Path)}, a chart the same as published put in place, not drawn. */
    Charts render(PeriodResult result, Path chartsDir, ChartReuse reuse) throws IOException {
        ResultLookup lookup = new ResultLookup(result);
        Path rankingSo = chartsDir.resolve(Charts.RANKING_SO);
        Path rankingXa = chartsDir.resolve(Charts.RANKING_XA);
        Path areas = chartsDir.resolve(Charts.AREA_SCORES);
        Path rates = chartsDir.resolve(Charts.RATES_VS_TARGETS);
        List<IORunnable> drawings = new ArrayList<>();
        drawings.add(() -> reuse.save(ranking(lookup, AgencyKind.SO), WIDTH,
                heightFor(shown(lookup.ranked(AgencyKind.SO).size())), rankingSo));
        drawings.add(() -> reuse.save(ranking(lookup, AgencyKind.XA), WIDTH,
                heightFor(shown(lookup.ranked(AgencyKind.XA).size())), rankingXa));
        drawings.add(() -> reuse.save(areaScores(lookup), WIDTH, HEIGHT, areas));
        drawings.add(() -> reuse.save(ratesVsTargets(lookup), WIDTH, heightFor(percentIndicators(result).size() * 3 / 2), rates));
        List<Path> indicatorCharts = new ArrayList<>();
        for (Indicator indicator : result.plan().indicators()) {
            List<Evaluation> withValue = valuesOf(result, indicator);
            if (indicator.unit() == Unit.PERCENT && !withValue.isEmpty()) {
                Path file = chartsDir.resolve(Charts.indicatorFileName(indicator.code()));
                drawings.add(() -> reuse.save(indicatorValues(result, indicator, withValue), WIDTH, heightFor(shown(withValue.size())), file));
                indicatorCharts.add(file);
            }
        }
        ParallelWrites.forEach(drawings, IORunnable::run);
        return new Charts(rankingSo, rankingXa, areas, rates, indicatorCharts);
    }

    JFreeChart ranking(ResultLookup lookup, AgencyKind kind) {
        List<AgencyScore> scores = lookup.ranked(kind).stream()
                .sorted(Comparator.comparing(AgencyScore::score, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparingInt(AgencyScore::rank))
                .toList();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Paint> paints = new ArrayList<>();
        for (AgencyScore score : headAndTail(scores)) {
            // a silent agency scores 0, a bar of no length: its label says why
            data.addValue(ShownScore.of(score.score()), "Điểm", score.rank() + ". " + score.agency().name()
                    + (score.reported() ? "" : NOT_REPORTED_LABEL));
            paints.add(score.reported() ? ChartStyle.SERIES[0] : NOT_REPORTED);
        }
        String who = kind == AgencyKind.SO ? "các Sở, ban, ngành" : "các xã, phường";
        JFreeChart chart = horizontalBars("Xếp hạng Chỉ số CCHC " + who, lookup.result(), "Điểm (tối đa 100)",
                data, new StatusBarRenderer(paints));
        if (scores.stream().anyMatch(s -> !s.reported())) {
            chart.addSubtitle(note("Đơn vị chưa báo cáo: 0 điểm, ghi" + NOT_REPORTED_LABEL));
        }
        shortened(scores.size()).ifPresent(text -> chart.addSubtitle(note(text)));
        scoreAxis(chart);
        return chart;
    }

    JFreeChart areaScores(ResultLookup lookup) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ProvinceName province = lookup.result().plan().provinceName();
        for (Scope scope : List.of(Scope.SO, Scope.XA, Scope.PROVINCE)) {
            for (Area area : lookup.result().plan().areas()) {
                BigDecimal score = lookup.scope(scope).map(s -> s.areaScores().get(area.code())).orElse(null);
                data.addValue(ShownScore.of(score), scope.label(province), AreaNames.shorten(area.name()));
            }
        }
        JFreeChart chart = verticalBars("Điểm theo lĩnh vực cải cách hành chính", lookup.result(),
                "Điểm (tối đa 100)", data);
        scoreAxis(chart);
        ((BarRenderer) chart.getCategoryPlot().getRenderer()).setPositiveItemLabelPositionFallback(
                new ItemLabelPosition(ItemLabelAnchor.INSIDE12, TextAnchor.TOP_CENTER));
        return chart;
    }

    /** Scores: the axis ends at 100, labels as the sheets show them (2 decimals, half up). */
    private static void scoreAxis(JFreeChart chart) {
        CategoryPlot plot = chart.getCategoryPlot();
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 100);
        plot.getRenderer().setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", ShownScore.format()));
    }

    private static List<Indicator> percentIndicators(PeriodResult result) {
        return result.plan().indicators().stream().filter(i -> i.unit() == Unit.PERCENT).toList();
    }

    /** "TTHC-05 Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", cut at a word after about 80 characters (two lines). */
    static String indicatorLabel(Indicator indicator) {
        String name = indicator.name();
        if (name.length() > 80) {
            int cut = name.lastIndexOf(' ', 78);
            name = name.substring(0, cut > 0 ? cut : 78) + "…";
        }
        String label = indicator.code() + " " + name;
        return indicator.target() == null ? label + " (chỉ tiêu: " + indicator.comparator().symbol() + " so với năm trước)" : label;
    }

    JFreeChart ratesVsTargets(ResultLookup lookup) {
        String whole = Scope.PROVINCE.label(lookup.result().plan().provinceName()).toLowerCase(Locale.ROOT);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double max = 100;
        for (Indicator indicator : percentIndicators(lookup.result())) {
            BigDecimal actual = lookup.rollup(indicator.code(), Scope.PROVINCE).map(r -> r.value()).orElse(null);
            String label = indicatorLabel(indicator);
            data.addValue(actual, "Thực hiện " + whole, label);
            data.addValue(indicator.target(), "Chỉ tiêu", label);
            max = Math.max(max, actual == null ? 0 : actual.doubleValue());
        }
        JFreeChart chart = verticalBars("Tỷ lệ thực hiện so với chỉ tiêu (" + whole + ")", lookup.result(),
                "Tỷ lệ (%)", data);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(1, new Color(0xBFBFBF));
        renderer.setMaximumBarWidth(0.04);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setPositiveItemLabelPositionFallback(
                new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT));
        // targets mostly reach the end of the axis: their labels go inside the bar
        renderer.setSeriesPositiveItemLabelPosition(1, new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT));
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.getDomainAxis().setCategoryMargin(0.3);
        ((NumberAxis) plot.getRangeAxis()).setRange(0, max);
        return chart;
    }

    private JFreeChart indicatorValues(PeriodResult result, Indicator indicator, List<Evaluation> withValue) {
        List<Evaluation> sorted = withValue.stream()
                .sorted(Comparator.comparing((Evaluation e) -> e.fact().value()).reversed())
                .toList();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Paint> paints = new ArrayList<>();
        for (Evaluation evaluation : headAndTail(sorted)) {
            data.addValue(evaluation.fact().value(), "Giá trị", evaluation.agency().name());
            paints.add(evaluation.status() == Status.MET ? MET
                    : evaluation.status() == Status.NOT_MET ? NOT_MET : NOT_DUE);
        }
        JFreeChart chart = horizontalBars(indicator.code() + ": " + indicator.name(), result, "Tỷ lệ (%)",
                data, new StatusBarRenderer(paints));
        chart.addSubtitle(note("Xanh lá: đạt · Đỏ: không đạt · Xanh dương: chưa đến kỳ đánh giá"));
        shortened(sorted.size()).ifPresent(text -> chart.addSubtitle(note(text)));
        CategoryPlot plot = chart.getCategoryPlot();
        double max = 100;
        if (indicator.target() != null) {
            ValueMarker target = new ValueMarker(indicator.target().doubleValue(), ChartStyle.TARGET,
                    new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f));
            target.setLabel("Chỉ tiêu " + indicator.comparator().symbol() + " "
                    + ChartStyle.numbers(1).format(indicator.target()) + "%");
            target.setLabelFont(ChartStyle.font(13f, true));
            target.setLabelPaint(ChartStyle.TARGET);
            target.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            target.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            plot.addRangeMarker(target, org.jfree.chart.ui.Layer.FOREGROUND);
            max = Math.max(max, indicator.target().doubleValue());
        }
        for (Evaluation evaluation : sorted) {
            max = Math.max(max, evaluation.fact().value().doubleValue());
        }
        ((NumberAxis) plot.getRangeAxis()).setRange(0, max);
        return chart;
    }

    private static List<Evaluation> valuesOf(PeriodResult result, Indicator indicator) {
        return result.evaluations().stream()
                .filter(e -> e.indicator().code().equals(indicator.code()))
                .filter(e -> e.fact() != null && e.fact().value() != null)
                .toList();
    }

    private JFreeChart horizontalBars(String title, PeriodResult result, String valueLabel,
            DefaultCategoryDataset data, BarRenderer renderer) {
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), new NumberAxis(valueLabel), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(title, plot);
        chart.removeLegend();
        style(chart, result);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        // a bar that reaches the end of the axis carries its label inside
        renderer.setPositiveItemLabelPositionFallback(
                new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT));
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.35f);
        plot.getDomainAxis().setCategoryMargin(0.25);
        return chart;
    }

    private JFreeChart verticalBars(String title, PeriodResult result, String valueLabel, DefaultCategoryDataset data) {
        BarRenderer renderer = new BarRenderer();
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), new NumberAxis(valueLabel), renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = new JFreeChart(title, plot);
        style(chart, result);
        for (int series = 0; series < data.getRowCount(); series++) {
            renderer.setSeriesPaint(series, ChartStyle.SERIES[series % ChartStyle.SERIES.length]);
        }
        renderer.setItemMargin(0.05);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        return chart;
    }

    /** Theme, period subtitle, vi-VN numbers on the axis and on the bars. */
    private void style(JFreeChart chart, PeriodResult result) {
        ChartStyle.theme().apply(chart);
        chart.addSubtitle(0, new TextTitle(result.plan().provinceName().titlePrefix() + result.period().label(), ChartStyle.font(16f, false)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setNumberFormatOverride(ChartStyle.numbers(1));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", ChartStyle.numbers(1)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartStyle.font(11f, false));
        renderer.setMaximumBarWidth(0.08);
    }

    private static TextTitle note(String text) {
        return new TextTitle(text, ChartStyle.font(12f, false));
    }

    private static int shown(int count) {
        return Math.min(count, MAX_BARS);
    }

    /** All items, or the first and last {@code MAX_BARS / 2} when there are more. */
    static <T> List<T> headAndTail(List<T> items) {
        if (items.size() <= MAX_BARS) {
            return items;
        }
        List<T> shown = new ArrayList<>(items.subList(0, MAX_BARS / 2));
        shown.addAll(items.subList(items.size() - MAX_BARS / 2, items.size()));
        return shown;
    }

    private static java.util.Optional<String> shortened(int count) {
        if (count <= MAX_BARS) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("Chỉ hiển thị " + MAX_BARS / 2 + " đơn vị đầu và " + MAX_BARS / 2
                + " đơn vị cuối trong tổng số " + ChartStyle.numbers(0).format(count)
                + " đơn vị; danh sách đầy đủ trong bảng tính");
    }

    private static int heightFor(int bars) {
        return Math.max(HEIGHT, 160 + ROW_HEIGHT * bars);
    }

}
