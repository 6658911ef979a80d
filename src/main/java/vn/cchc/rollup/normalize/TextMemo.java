package vn.cchc.rollup.normalize;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what a pure function of a text gave for short texts: the same headings, indicator names,
 * agency names and figures come in every one of thousands of small files, and interpreting them is
 * most of what reading them costs beyond the parse. Bounded: emptied when full, so memory stays small.
 * Results must be immutable; null texts and results are passed through, not remembered.
 */
public final class TextMemo<T> {

    private static final int MAX_ENTRIES = 50_000;
    private static final int MAX_LENGTH = 300;

    private final Function<String, T> function;
    private final Map<String, T> results = new ConcurrentHashMap<>();

    public TextMemo(Function<String, T> function) {
        this.function = function;
    }

    public T apply(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return function.apply(text);
        }
        T known = results.get(text);
        if (known != null) {
            return known;
        }
        T result = function.apply(text);
        if (result != null) {
            if (results.size() >= MAX_ENTRIES) {
                results.clear();
            }
            results.put(text, result);
        }
        return result;
    }
}
