package vn.cchc.rollup.trend;

import java.math.BigDecimal;

/** One item in this period, the previous period of the same kind and the same period last year; null = no value. */
public record TrendLine(TrendItem item, BigDecimal current, BigDecimal previous, BigDecimal lastYear) {

    public BigDecimal changeFromPrevious() {
        return change(previous);
    }

    public BigDecimal changeFromLastYear() {
        return change(lastYear);
    }

    public Direction fromPrevious() {
        return Direction.of(current, previous);
    }

    public Direction fromLastYear() {
        return Direction.of(current, lastYear);
    }

    private BigDecimal change(BigDecimal before) {
        return current == null || before == null ? null : current.subtract(before);
    }
}
