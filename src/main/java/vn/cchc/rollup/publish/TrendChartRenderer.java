package vn.cchc.rollup.publish;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.cchc.rollup.catalog.ProvinceName;
import vn.cchc.rollup.score.Scope;
import vn.cchc.rollup.trend.TrendPoint;
import vn.cchc.rollup.trend.Trends;

/** One line chart per kind of agency: the group's score over the periods of the same kind available. */
final class TrendChartRenderer {

    static final int WIDTH = 900;
    static final int HEIGHT = 500;

    private TrendChartRenderer() {
    }

    static String fileName(Scope scope) {
        return "xu-huong-" + (scope == Scope.SO ? "khoi-so" : "khoi-xa") + ".png";
    }

    /**
     * A line needs two points: a kind with a single period so far gets no chart (and loses the one
     * an earlier run may have left).
     *
     * @return the chart files, SO then XA
     */
    static List<Path> render(Trends trends, ProvinceName province, Path chartsDir) throws IOException {
        return render(trends, province, chartsDir, ChartReuse.NONE);
    }

    /** As {@link #render(Trends, ProvinceName, Path)}, a chart the same as published put in place, not drawn. */
    static List<Path> render(Trends trends, ProvinceName province, Path chartsDir, ChartReuse reuse) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Scope scope : List.of(Scope.SO, Scope.XA)) {
            Path file = chartsDir.resolve(fileName(scope));
            if (trends.series(scope).size() < 2) {
                Files.deleteIfExists(file);
                continue;
            }
            JFreeChart chart = chart(trends, scope, province);
            reuse.save(chart, WIDTH, HEIGHT, file);
            files.add(file);
        }
        return files;
    }

    private static JFreeChart chart(Trends trends, Scope scope, ProvinceName province) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (TrendPoint point : trends.series(scope)) {
            data.addValue(ShownScore.of(point.score()), scope.label(province), point.period().label());
        }
        JFreeChart chart = ChartFactory.createLineChart("Xu hướng điểm Chỉ số CCHC – " + scope.label(province),
                "Kỳ báo cáo", "Điểm", data, PlotOrientation.VERTICAL, false, false, false);
        ChartStyle.theme().apply(chart);
        String place = province.titlePrefix();
        chart.addSubtitle(0, new TextTitle(place + "đến " + trends.period().label(), ChartStyle.font(14f, false)));
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(0, 100);
        axis.setNumberFormatOverride(ChartStyle.numbers(0));
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesStroke(0, new BasicStroke(3f));
        renderer.setSeriesPaint(0, new Color(0x2F5597));
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", ShownScore.format()));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartStyle.font(12f, false));
        return chart;
    }
}
