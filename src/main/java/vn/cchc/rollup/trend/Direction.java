package vn.cchc.rollup.trend;

import java.math.BigDecimal;

/** How a value moved against an earlier period. */
public enum Direction {
    UP("▲"),
    DOWN("▼"),
    SAME("▬"),
    /** The earlier period (or this one) has no value. */
    NO_DATA("–");

    private final String arrow;

    Direction(String arrow) {
        this.arrow = arrow;
    }

    public String arrow() {
        return arrow;
    }

    public static Direction of(BigDecimal current, BigDecimal before) {
        if (current == null || before == null) {
            return NO_DATA;
        }
        int sign = current.compareTo(before);
        return sign > 0 ? UP : sign < 0 ? DOWN : SAME;
    }
}
