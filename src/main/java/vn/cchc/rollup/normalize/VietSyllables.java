package vn.cchc.rollup.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Scores how much a text reads as Vietnamese: each word with a non-ASCII letter counts +1 when it
 * is a well-formed syllable (onset, vowel group, final consonant, at most one tone mark) and −1
 * when it is not. Text in a legacy font encoding read as Unicode is full of words such as "B¸o"
 * or "Sôû"; decoded right, the same words become "Báo", "Sở".
 */
public final class VietSyllables {

    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\p{Punct}0-9\\u00A0\\u2013\\u2014\\u201C\\u201D]+");
    private static final Pattern TONES = Pattern.compile("[\\u0300\\u0301\\u0303\\u0309\\u0323]");
    private static final Pattern SYLLABLE = Pattern.compile(
            "(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?"
                    + "(oai|oay|oao|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu|iêu|yêu|"
                    + "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê|"
                    + "[aăâeêioôơuưy])"
                    + "(ch|ng|nh|[cmnpt])?");

    private VietSyllables() {
    }

    public static int score(String text) {
        int score = 0;
        for (String word : WORD_BREAK.split(text)) {
            if (word.isEmpty() || LegacyText.isAscii(word)) {
                continue;
            }
            score += isSyllable(word) ? 1 : -1;
        }
        return score;
    }

    static boolean isSyllable(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(new Locale("vi")), Normalizer.Form.NFD);
        String toneless = TONES.matcher(decomposed).replaceAll("");
        if (decomposed.length() - toneless.length() > 1) {
            return false;
        }
        return SYLLABLE.matcher(Normalizer.normalize(toneless, Normalizer.Form.NFC)).matches();
    }
}
