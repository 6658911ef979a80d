package vn.cchc.rollup.publish;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.ops.DigestBytes;
import vn.cchc.rollup.ops.Fingerprint;

/**
 * The SHA-256 of all a value holds, the same in every run: records by their components, lists in
 * their order, maps and sets in the order of their entries' bytes (the order of {@code Map.copyOf}
 * changes from one run to the next). The plan's agencies and indicators are written by their codes
 * and the plan not at all: the plan is part of every published file's key (see
 * {@link PublishedKeys#key}).
 * <p>
 * Any component added to a record is covered without touching this class; a value of a type it does
 * not know is refused ({@link IllegalArgumentException}) rather than written by an identity that
 * differs between runs. Texts are written with their length and one byte per ASCII character (three
 * for the others): a national period's summary is tens of megabytes of text, and a
 * {@code StringBuilder} holding Vietnamese costs twice its size and an encoding pass. A long text
 * met again (an agency's or an indicator's name on each of its lines, a file's path on each of its
 * values) is written as the number of its first appearance: half the bytes of a national summary,
 * and SHA-256 runs at a tenth of its speed without the optimising compiler (see bin/cchc-rollup).
 */
final class CanonicalDigest extends DigestBytes {

    private static final Map<Class<?>, List<Method>> COMPONENTS = new ConcurrentHashMap<>();
    private static final int BUFFER = 1 << 16;
    /** Shorter texts are written each time: a reference would not be much shorter. */
    private static final int REFERENCED = 12;

    /** Where the bytes go when the buffer is full; null: they are kept whole (an entry to sort). */
    private final Fingerprint sha;
    private byte[] bytes = new byte[256];
    private int length;
    /** The long texts written so far, each with its number (in the order of their first appearance). */
    private final Map<String, Integer> seen = new HashMap<>();

    private CanonicalDigest(Fingerprint sha) {
        this.sha = sha;
        if (sha != null) {
            bytes = new byte[BUFFER];
        }
    }

    /** The digest (hex) of {@code values}, in their order. */
    static String of(Object... values) {
        CanonicalDigest digest = new CanonicalDigest(new Fingerprint());
        for (Object value : values) {
            digest.append(value);
        }
        return digest.sha.bytes(digest.bytes, 0, digest.length).hex();
    }

    /** The canonical bytes of one value, for sorting the entries of maps and sets. */
    private static byte[] bytesOf(Object key, Object value) {
        CanonicalDigest entry = new CanonicalDigest(null);
        entry.append(key);
        entry.put('=');
        entry.append(value);
        return Arrays.copyOf(entry.bytes, entry.length);
    }

    private void append(Object value) {
        if (value == null) {
            put('~');
        } else if (value instanceof CharSequence text) {
            putText(text);
        } else if (value instanceof BigDecimal || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof TemporalAccessor || value instanceof Path) {
            putText(value.toString());
        } else if (value instanceof Enum<?> constant) {
            putText(constant.name());
        } else if (value instanceof Agency agency) {
            putText(agency.code());
        } else if (value instanceof Indicator indicator) {
            putText(indicator.code());
        } else if (value instanceof Period period) {
            putText(period.code());
        } else if (value instanceof Plan) {
            put('P');
        } else if (value instanceof Record record) {
            appendRecord(record);
        } else if (value instanceof List<?> list) {
            put('[');
            for (Object item : list) {
                append(item);
            }
            put(']');
        } else if (value instanceof Collection<?> set) {
            List<byte[]> entries = new ArrayList<>(set.size());
            set.forEach(item -> entries.add(bytesOf(item, null)));
            putSorted(entries);
        } else if (value instanceof Map<?, ?> map) {
            List<byte[]> entries = new ArrayList<>(map.size());
            map.forEach((key, entry) -> entries.add(bytesOf(key, entry)));
            putSorted(entries);
        } else if (value instanceof Optional<?> optional) {
            append(optional.orElse(null));
        } else {
            throw new IllegalArgumentException("no canonical form for " + value.getClass().getName());
        }
    }

    private void appendRecord(Record record) {
        put('(');
        for (Method accessor : COMPONENTS.computeIfAbsent(record.getClass(), CanonicalDigest::accessors)) {
            try {
                append(accessor.invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalArgumentException("cannot read " + accessor, e);
            }
        }
        put(')');
    }

    private void putSorted(List<byte[]> entries) {
        entries.sort(Arrays::compare);
        put('{');
        for (byte[] entry : entries) {
            count(entry.length);
            for (byte b : entry) {
                put(b);
            }
        }
        put('}');
    }

    /** The length first: no text can pass for the end of another, nor for the marks around it. */
    private void putText(CharSequence text) {
        int count = text.length();
        if (count >= REFERENCED && text instanceof String string) {
            Integer first = seen.putIfAbsent(string, seen.size());
            if (first != null) {
                put('#');
                count(first);
                return;
            }
        }
        put('"');
        count(count);
        chars(text);
    }

    @Override
    protected void put(int b) {
        if (length == bytes.length) {
            if (sha != null) {
                sha.bytes(bytes, 0, length);
                length = 0;
            } else {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
        }
        bytes[length++] = (byte) b;
    }

    private static List<Method> accessors(Class<?> type) {
        List<Method> accessors = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            accessors.add(accessor);
        }
        return accessors;
    }
}
