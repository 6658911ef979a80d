package vn.cchc.rollup.intake;

import java.io.Serializable;
import java.time.Instant;

/** A report file as found in the reports folder, identified by its content. */
public record FileFingerprint(String relative, String sha256, long size, Instant modified) implements Serializable {
}
