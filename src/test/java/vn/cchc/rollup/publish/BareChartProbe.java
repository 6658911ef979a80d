package vn.cchc.rollup.publish;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;

/** Run in a separate JVM by {@link FontSetupTest}: a chart drawn without {@link FontSetup}. */
public final class BareChartProbe {

    private BareChartProbe() {
    }

    public static void main(String[] args) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(81.5, "Điểm", "Xã Đức Thọ");
        JFreeChart chart = ChartFactory.createBarChart("Xếp hạng", "Đơn vị", "Điểm", data);
        chart.createBufferedImage(600, 400);
    }
}
