package vn.cchc.rollup.intake;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A report file as found in the reports folder, identified by its content. */
public record FileFingerprint(String relative, String sha256, long size, Instant modified) implements Serializable {

    /** Same size and modification time, the latter to the microsecond (what databases keep). */
    public boolean sameSizeAndTime(FileFingerprint other) {
        return sameSizeAndTime(other.size, other.modified);
    }

    public boolean sameSizeAndTime(long otherSize, Instant otherModified) {
        return size == otherSize
                && modified.truncatedTo(ChronoUnit.MICROS).equals(otherModified.truncatedTo(ChronoUnit.MICROS));
    }
}
