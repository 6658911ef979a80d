package vn.cchc.rollup.normalize;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A rate typed as tử số/mẫu số in one cell: "45/50", "45 / 50 hồ sơ", "1.234/1.500", perhaps with the
 * percent it comes to: "45/50 (90%)", "45/50 = 90%", "90% (45/50)". The words are a matching key ({@link VietText#key})
 * for the caller to judge; {@code stated} is the percent written after the ratio, or null.
 */
public record WrittenRatio(BigDecimal numerator, BigDecimal denominator, String words, BigDecimal stated) {

    public static Optional<WrittenRatio> parse(String text) {
        String clean = VietNumber.withoutAchieved(VietText.clean(text));
        int open = clean.indexOf('(');
        if (open > 0 && clean.endsWith(")") && clean.indexOf('/') > open) {
            // the percent first, the ratio after it: "90% (45/50)"
            Optional<VietNumber.Parsed> stated = VietNumber.parse(clean.substring(0, open));
            return stated.flatMap(p -> parse(clean.substring(open + 1, clean.length() - 1))
                    .filter(r -> r.stated() == null)
                    .map(r -> new WrittenRatio(r.numerator(), r.denominator(), r.words(), p.value())));
        }
        int slash = clean.indexOf('/');
        if (slash <= 0 || clean.indexOf('/', slash + 1) >= 0) {
            // "31/3/2026" is a date
            return Optional.empty();
        }
        String right = clean.substring(slash + 1).stripLeading();
        int end = numberEnd(right);
        Optional<BigDecimal> numerator = figure(clean.substring(0, slash));
        Optional<BigDecimal> denominator = figure(right.substring(0, end));
        if (numerator.isEmpty() || denominator.isEmpty()) {
            return Optional.empty();
        }
        String rest = right.substring(end);
        BigDecimal stated = null;
        int percentAt = firstOf(rest, '(', '=');
        if (percentAt >= 0) {
            String percent = rest.substring(percentAt + 1).strip();
            if (rest.charAt(percentAt) == '(') {
                if (!percent.endsWith(")")) {
                    return Optional.empty();
                }
                percent = percent.substring(0, percent.length() - 1);
            }
            Optional<VietNumber.Parsed> parsed = VietNumber.parse(percent);
            if (parsed.isEmpty()) {
                return Optional.empty();
            }
            stated = parsed.get().value();
            rest = rest.substring(0, percentAt);
        }
        String words = rest.strip();
        if (!NumberAndWords.wordsOnly(words) || (!words.isEmpty() && !Character.isWhitespace(rest.charAt(0)) && rest.charAt(0) != ',')) {
            return Optional.empty();
        }
        return Optional.of(new WrittenRatio(numerator.get(), denominator.get(), VietText.key(words), stated));
    }

    private static Optional<BigDecimal> figure(String text) {
        return VietNumber.parse(text).filter(p -> !p.percentSign()).map(VietNumber.Parsed::value);
    }

    private static int numberEnd(String text) {
        int end = 0;
        while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.'
                || text.charAt(end) == ',')) {
            end++;
        }
        // a comma after the figure opens the words: "45/50, đạt"
        while (end > 0 && (text.charAt(end - 1) == ',' || text.charAt(end - 1) == '.')) {
            end--;
        }
        return end;
    }

    private static int firstOf(String text, char a, char b) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == a || text.charAt(i) == b) {
                return i;
            }
        }
        return -1;
    }
}
