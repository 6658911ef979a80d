package vn.cchc.rollup.template;

import java.math.BigDecimal;

/**
 * What an agency typed on one indicator row of the template. {@code value} is written as a number;
 * when it is null, {@code text} (if any) is written instead, e.g. "Có" or a badly typed "khoảng 90".
 */
public record TemplateEntry(BigDecimal numerator, BigDecimal denominator, BigDecimal value, String text,
        String note) {

    public static TemplateEntry ratio(BigDecimal numerator, BigDecimal denominator, BigDecimal value, String note) {
        return new TemplateEntry(numerator, denominator, value, null, note);
    }

    public static TemplateEntry number(BigDecimal value, String note) {
        return new TemplateEntry(null, null, value, null, note);
    }

    public static TemplateEntry text(String text, String note) {
        return new TemplateEntry(null, null, null, text, note);
    }
}
