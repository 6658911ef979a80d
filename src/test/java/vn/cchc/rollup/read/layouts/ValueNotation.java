package vn.cchc.rollup.read.layouts;

import java.math.BigDecimal;

/** How a percent value is typed (and, for {@link #WITH_WORDS}, a count). */
enum ValueNotation {
    /** A number cell: 95.5 */
    NUMBER,
    /** Text with a decimal comma: "95,5" */
    TEXT_COMMA,
    /** Text with a percent sign: "95,5%" */
    TEXT_PERCENT,
    /** 0.955 in a cell formatted as percent */
    PERCENT_CELL,
    /**
     * As a clerk says it: a rate as so many of so many ("45/50 hồ sơ", see {@link EntryMaker}), a count with
     * its unit ("06 tin"); a percent that is not a ratio as text with a decimal comma
     */
    WITH_WORDS;

    Cell write(BigDecimal percent) {
        return switch (this) {
            case NUMBER -> Cell.number(percent);
            case TEXT_COMMA, WITH_WORDS -> Cell.text(VietNotation.of(percent));
            case TEXT_PERCENT -> Cell.text(VietNotation.of(percent) + "%");
            case PERCENT_CELL -> Cell.percent(percent.movePointLeft(2));
        };
    }
}
