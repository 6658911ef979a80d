package vn.cchc.rollup.publish;

import java.awt.Paint;
import java.util.List;
import org.jfree.chart.renderer.category.BarRenderer;

/** A one-series bar renderer that paints each bar (category) in its own colour. */
final class StatusBarRenderer extends BarRenderer {

    private static final long serialVersionUID = 1L;
    private final List<Paint> paints;

    StatusBarRenderer(List<Paint> paints) {
        this.paints = List.copyOf(paints);
    }

    @Override
    public Paint getItemPaint(int row, int column) {
        return column < paints.size() ? paints.get(column) : super.getItemPaint(row, column);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StatusBarRenderer that && super.equals(other) && paints.equals(that.paints);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + paints.hashCode();
    }
}
