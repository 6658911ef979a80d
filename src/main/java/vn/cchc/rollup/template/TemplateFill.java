package vn.cchc.rollup.template;

import java.time.LocalDate;
import java.util.Map;

/**
 * The values written into a template. A blank template has none. {@code periodText} replaces the
 * period label when not null (an agency that typed its own); entries are keyed by indicator code.
 */
public record TemplateFill(String periodText, LocalDate reportDate, Map<String, TemplateEntry> entries) {

    public TemplateFill {
        entries = Map.copyOf(entries);
    }

    public static TemplateFill blank() {
        return new TemplateFill(null, null, Map.of());
    }
}
