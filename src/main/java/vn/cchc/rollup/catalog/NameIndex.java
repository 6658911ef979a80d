package vn.cchc.rollup.catalog;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds an item by any of its names (code, name, aliases), insensitive to case, diacritics,
 * Unicode normalization form and punctuation. A name shared by two items matches neither.
 */
final class NameIndex<T> {

    private final Map<String, T> byKey = new HashMap<>();
    private final Map<String, Boolean> ambiguous = new HashMap<>();
    private final Function<String, String> keyOf;

    NameIndex(Function<String, String> keyOf) {
        this.keyOf = keyOf;
    }

    void add(String name, T item) {
        String key = keyOf.apply(name);
        if (key.isEmpty()) {
            return;
        }
        T previous = byKey.putIfAbsent(key, item);
        if (previous != null && !previous.equals(item)) {
            ambiguous.put(key, true);
        }
    }

    Optional<T> find(String name) {
        String key = keyOf.apply(name);
        if (ambiguous.containsKey(key)) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKey.get(key));
    }
}
