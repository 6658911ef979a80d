package vn.cchc.rollup.normalize;

import java.util.Optional;
import java.util.Set;

/**
 * Reads yes/no answers: Có/Không, Đạt/Không đạt, x, 1/0, yes/no, and the way clerks answer a task they were
 * given: "Đã thực hiện", "Hoàn thành", "Đã ban hành" / "Chưa thực hiện", "Không ban hành". An answer may be
 * followed by its evidence after a bracket, comma, colon or dash ("Có (QĐ số 123/QĐ-UBND)", "Đã ban hành, KH
 * số 12"); an answer in progress ("Đang thực hiện") is neither.
 */
public final class YesNo {

    private static final Set<String> YES = Set.of("co", "dat", "x", "1", "yes", "y", "true", "roi", "dat yeu cau",
            "dung quy dinh", "hoan thanh");
    private static final Set<String> NO = Set.of("khong", "khong dat", "0", "no", "n", "false", "chua", "chua dat",
            "khong dat yeu cau", "chua dat yeu cau", "khong dung quy dinh", "chua dung quy dinh");
    /** What a plan's yes/no tasks ask an agency to have done. */
    private static final Set<String> DONE = Set.of("thuc hien", "hoan thanh", "phe duyet", "ban hanh", "cong khai",
            "duy tri", "trien khai", "ap dung", "kien toan", "xay dung");
    private static final String EVIDENCE_MARKS = "(,;:–";
    /** The words an answer starts with, "Có (…)" to "Chưa thực hiện, …". */
    private static final Set<String> FIRST_WORDS = Set.of("co", "dat", "x", "1", "yes", "y", "true", "roi", "dung",
            "hoan", "da", "khong", "0", "no", "n", "false", "chua");

    private YesNo() {
    }

    /** True for yes, false for no, empty when the text is neither. */
    public static Optional<Boolean> parse(String text) {
        String key = VietText.key(text);
        Optional<Boolean> whole = answer(key);
        if (whole.isPresent() || text == null || !FIRST_WORDS.contains(firstWord(key))) {
            // most texts asked (names in a column being judged) start with no answer's word: no split to try
            return whole;
        }
        String lead = beforeEvidence(text);
        return lead.length() < text.length() ? answer(VietText.key(lead)) : Optional.empty();
    }

    private static Optional<Boolean> answer(String key) {
        if (YES.contains(key) || done(key, "da ")) {
            return Optional.of(true);
        }
        if (NO.contains(key) || done(key, "chua ") || done(key, "khong ")) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    private static String firstWord(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    private static boolean done(String key, String prefix) {
        return key.startsWith(prefix) && DONE.contains(key.substring(prefix.length()));
    }

    /** The text before the first mark that starts its evidence; " - " counts, "-" inside a word does not. */
    private static String beforeEvidence(String text) {
        int end = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean dash = (c == '-') && i > 0 && Character.isWhitespace(text.charAt(i - 1));
            if (EVIDENCE_MARKS.indexOf(c) >= 0 || dash) {
                end = i;
                break;
            }
        }
        return text.substring(0, end);
    }
}
