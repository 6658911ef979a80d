package vn.cchc.rollup.read.layouts;

import java.math.BigDecimal;

/**
 * One cell as a clerk types it: text, a number, or a fraction in a cell formatted as percent
 * (0.955 shown as 95,5 %).
 */
record Cell(Kind kind, String text, BigDecimal number) {

    enum Kind { TEXT, NUMBER, PERCENT }

    static final Cell EMPTY = new Cell(Kind.TEXT, "", null);

    static Cell text(String text) {
        return new Cell(Kind.TEXT, text, null);
    }

    static Cell number(BigDecimal number) {
        return new Cell(Kind.NUMBER, null, number);
    }

    static Cell number(long number) {
        return number(BigDecimal.valueOf(number));
    }

    /** A cell holding {@code fraction} with a percent number format. */
    static Cell percent(BigDecimal fraction) {
        return new Cell(Kind.PERCENT, null, fraction);
    }

    boolean isEmpty() {
        return kind == Kind.TEXT && text.isEmpty();
    }

    /** What the cell shows in Vietnamese notation: a CSV export or a Word table holds this. */
    String shown() {
        return switch (kind) {
            case TEXT -> text;
            case NUMBER -> VietNotation.of(number);
            case PERCENT -> VietNotation.of(number.movePointRight(2)) + "%";
        };
    }
}
