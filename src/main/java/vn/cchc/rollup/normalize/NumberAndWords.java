package vn.cchc.rollup.normalize;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure with words typed after it, as clerks write a count: "6 tin", "06 tin, bài", "5 sáng kiến",
 * "6 (tin)", "đạt 6 tin".
 * The words are kept as a matching key ({@link VietText#key}) for the caller to judge: they name the
 * unit only when they belong to the indicator; "6 chưa đạt" is not six.
 */
public record NumberAndWords(BigDecimal number, String words) {

    private static final Pattern BRACKETED_WORDS = Pattern.compile("(.*?\\S)\\s*\\(([^()0-9]+)\\)");

    /** The figure and the words after it, or empty when the text does not start with a number followed by words. */
    public static Optional<NumberAndWords> parse(String text) {
        String clean = VietNumber.withoutAchieved(VietText.clean(text));
        Matcher bracketed = BRACKETED_WORDS.matcher(clean);
        if (bracketed.matches()) {
            // "6 (tin)"
            clean = bracketed.group(1) + " " + bracketed.group(2);
        }
        int end = 0;
        while (end < clean.length() && !Character.isLetter(clean.charAt(end))) {
            end++;
        }
        if (end == 0 || end == clean.length()) {
            return Optional.empty();
        }
        String rest = clean.substring(end);
        if (!wordsOnly(rest) || Character.isDigit(clean.charAt(end - 1))) {
            // "6tin" is as likely a typing slip as a unit; "6 tin" is a unit
            return Optional.empty();
        }
        return VietNumber.parse(clean.substring(0, end))
                .filter(parsed -> !parsed.percentSign())
                .map(parsed -> new NumberAndWords(parsed.value(), VietText.key(rest)));
    }

    /** Letters, spaces and the commas between words ("tin, bài"): no digit, no other sign. */
    static boolean wordsOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) && c != ' ' && c != ',') {
                return false;
            }
        }
        return true;
    }
}
