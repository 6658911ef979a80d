package vn.cchc.rollup.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * A stored report file as far as "which version is newer" goes. Ordered oldest first by the rule
 * that settles resubmissions: a file stating a report date (ngày báo cáo / ngày lập) is newer than
 * one that states none; then the later report date; then the later modification time; then the
 * later path, so the order is total.
 */
public record FileVersion(String path, LocalDate reportDate, Instant modified) implements Comparable<FileVersion> {

    private static final Comparator<FileVersion> AGE = Comparator
            .comparing(FileVersion::reportDate, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(FileVersion::modified)
            .thenComparing(FileVersion::path);

    @Override
    public int compareTo(FileVersion other) {
        return AGE.compare(this, other);
    }

    public boolean newerThan(FileVersion other) {
        return compareTo(other) > 0;
    }
}
