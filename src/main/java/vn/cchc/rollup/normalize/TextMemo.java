package vn.cchc.rollup.normalize;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Remembers what a pure text function gave for short texts: the same headings, indicator names and
 * agency names come in every one of thousands of small files, and folding Vietnamese text is most of
 * what reading them costs beyond the parse. Bounded: emptied when full, so memory stays small.
 */
final class TextMemo {

    private static final int MAX_ENTRIES = 50_000;
    private static final int MAX_LENGTH = 300;

    private final UnaryOperator<String> function;
    private final Map<String, String> results = new ConcurrentHashMap<>();

    TextMemo(UnaryOperator<String> function) {
        this.function = function;
    }

    String apply(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return function.apply(text);
        }
        String known = results.get(text);
        if (known != null) {
            return known;
        }
        String result = function.apply(text);
        if (results.size() >= MAX_ENTRIES) {
            results.clear();
        }
        results.put(text, result);
        return result;
    }
}
