package vn.cchc.rollup.normalize;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads numbers as Vietnamese offices type them: decimal comma and dot thousands ("95,5",
 * "1.234", "1.234,5"), English notation where it is unambiguous ("1,234.5", "95.5"), a trailing
 * percent sign ("95,5%", "95,5 phần trăm", "95,5%."), a footnote mark after it ("98,2 (*)", "98,2*", "98,2 (**)"),
 * a remark in brackets after a percent ("95,5% (đạt)"), "đạt" before it ("đạt 95,5%"). A lone comma is a decimal comma; a lone dot followed by exactly three
 * digits is a thousands separator ("1.500" is fifteen hundred), as in Vietnamese notation.
 */
public final class VietNumber {

    /** A number read from text, and whether it carried a percent sign. */
    public record Parsed(BigDecimal value, boolean percentSign) {
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");
    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+");
    private static final Pattern GROUPED_DOT = Pattern.compile("[+-]?[1-9]\\d{0,2}(\\.\\d{3})+");
    private static final Pattern GROUPED_COMMA = Pattern.compile("[+-]?[1-9]\\d{0,2}(,\\d{3}){2,}");
    /** A footnote mark typed after a figure: "*", "**", "(*)", "(**)". */
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("(\\(\\*+\\)|\\*+)$");
    /** After a percent sign the figure is plain, and brackets without digits hold a remark: "95% (đạt)". */
    private static final Pattern REMARK_AFTER_PERCENT = Pattern.compile("(.*%)\\s*\\([^()0-9]*\\)");
    private static final Pattern PERCENT_IN_WORDS = Pattern.compile("\\s*ph[ầâa]n\\s*tr[ăa]m$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> BLANKS = Set.of("", "-", "--", "—", "–", "n/a", "na", "k/c");
    /** Words before a figure that say it was achieved; the longer first. */
    private static final java.util.List<String> ACHIEVED = java.util.List.of("dat duoc", "dat");

    private VietNumber() {
    }

    /** Placeholders that mean "nothing reported": empty, dashes, "N/A". */
    public static boolean isBlank(String text) {
        return BLANKS.contains(VietText.fold(text));
    }

    private static final TextMemo<Optional<Parsed>> PARSED = new TextMemo<>(VietNumber::parseOnce);

    /** The number in {@code text}, or empty when it is not a number. Callers check isBlank first. */
    public static Optional<Parsed> parse(String text) {
        if (text == null || !hasDigit(text)) {
            // headings, names and notes: most cells of a sheet, asked about several times each
            return Optional.empty();
        }
        return PARSED.apply(text);
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Parsed> parseOnce(String text) {
        String written = withoutAchieved(VietText.clean(text));
        if (written.indexOf('%') < 0) {
            written = PERCENT_IN_WORDS.matcher(written).replaceFirst("%");
        } else if (written.endsWith(")")) {
            written = REMARK_AFTER_PERCENT.matcher(written).replaceFirst("$1");
        }
        String s = FOOTNOTE_MARK.matcher(SPACES.matcher(written).replaceAll("")).replaceFirst("");
        if (s.length() > 1 && s.endsWith(".") && !s.endsWith("..")) {
            s = s.substring(0, s.length() - 1); // the full stop a sentence ends with: "95%."
        }
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1);
        }
        String canonical = canonical(s);
        if (canonical == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Parsed(new BigDecimal(canonical), percent));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** "đạt 95%", "Đạt: 95%", "đạt được 6": the figure achieved, as reports say it. */
    public static String withoutAchieved(String text) {
        String folded = VietText.fold(text);
        for (String lead : ACHIEVED) {
            if (folded.startsWith(lead) && folded.length() > lead.length()) {
                char next = folded.charAt(lead.length());
                if (next == ' ' || next == ':') {
                    return text.substring(lead.length() + 1).replaceFirst("^[\\s:]+", "");
                }
            }
        }
        return text;
    }

    private static String canonical(String s) {
        if (s.isEmpty()) {
            return null;
        }
        if (PLAIN.matcher(s).matches()) {
            return s;
        }
        int dot = s.lastIndexOf('.');
        int comma = s.lastIndexOf(',');
        if (dot >= 0 && comma >= 0) {
            // both: the later one is the decimal separator, the other groups thousands
            char thousands = dot > comma ? ',' : '.';
            String integer = s.substring(0, Math.max(dot, comma));
            String fraction = s.substring(Math.max(dot, comma) + 1);
            if (!integer.matches("[+-]?[1-9]\\d{0,2}(\\" + thousands + "\\d{3})+") || !fraction.matches("\\d+")) {
                return null;
            }
            return integer.replace(String.valueOf(thousands), "") + "." + fraction;
        }
        if (comma >= 0) {
            if (GROUPED_COMMA.matcher(s).matches()) {
                return s.replace(",", "");
            }
            return s.indexOf(',') == comma && s.matches("[+-]?\\d*,\\d+") ? s.replace(',', '.') : null;
        }
        if (GROUPED_DOT.matcher(s).matches()) {
            return s.replace(".", "");
        }
        return s.matches("[+-]?\\d*\\.\\d+") ? s : null;
    }
}
