package vn.cchc.rollup.catalog;

/** How a reported value meets its target. */
public enum Comparator {
    GE("≥"), GT(">"), LE("≤"), EQ("="),
    /** Greater than the same agency's value for the previous year; no fixed target. */
    INCREASE("Tăng");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
