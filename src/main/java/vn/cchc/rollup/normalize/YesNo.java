package vn.cchc.rollup.normalize;

import java.util.Optional;
import java.util.Set;

/** Reads yes/no answers: Có/Không, Đạt/Không đạt, x, 1/0, yes/no. */
public final class YesNo {

    private static final Set<String> YES = Set.of("co", "dat", "x", "1", "yes", "y", "true", "da phe duyet", "roi");
    private static final Set<String> NO = Set.of("khong", "khong dat", "0", "no", "n", "false", "chua", "chua dat");

    private YesNo() {
    }

    /** True for yes, false for no, empty when the text is neither. */
    public static Optional<Boolean> parse(String text) {
        String key = VietText.key(text);
        if (YES.contains(key)) {
            return Optional.of(true);
        }
        if (NO.contains(key)) {
            return Optional.of(false);
        }
        return Optional.empty();
    }
}
