package vn.cchc.rollup.publish;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;

/**
 * A one-series bar renderer that paints each bar (category) in its own colour. A bar reaching the
 * end of the axis carries its value label inside, in white: outside it would be cut off.
 */
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

    private static final double INSIDE_FROM = 0.92;
    private static final ItemLabelPosition INSIDE = new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT);

    @Override
    public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
        return nearTheEnd(row, column) ? INSIDE : super.getPositiveItemLabelPosition(row, column);
    }

    @Override
    public Paint getItemLabelPaint(int row, int column) {
        return nearTheEnd(row, column) ? Color.WHITE : super.getItemLabelPaint(row, column);
    }

    private boolean nearTheEnd(int row, int column) {
        if (getPlot() == null || getPlot().getDataset() == null) {
            return false;
        }
        Number value = getPlot().getDataset().getValue(row, column);
        return value != null && value.doubleValue() >= INSIDE_FROM * getPlot().getRangeAxis().getUpperBound();
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
