package vn.cchc.rollup.read.layouts;

import java.util.Map;
import java.util.TreeMap;

/** Passed and run counts per axis value, printed after the run so that one sees which axes the reader misses. */
final class AxisTally {

    private final Map<String, int[]> counts = new TreeMap<>();

    synchronized void add(LayoutCase layout, boolean passed) {
        for (Map.Entry<String, String> axis : layout.axes().entrySet()) {
            int[] count = counts.computeIfAbsent(axis.getKey() + "=" + axis.getValue(), k -> new int[2]);
            count[1]++;
            if (passed) {
                count[0]++;
            }
        }
    }

    synchronized String report(String title) {
        StringBuilder out = new StringBuilder(title).append('\n');
        counts.forEach((axis, count) -> out.append("  %-45s %4d / %4d passed%n".formatted(axis, count[0], count[1])));
        return out.toString();
    }
}
