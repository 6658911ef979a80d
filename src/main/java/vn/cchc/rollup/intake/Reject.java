package vn.cchc.rollup.intake;

/** A file or a row not accepted, with a Vietnamese message an analyst can act on. */
public record Reject(SourceRef source, ReasonCode reason, String message) {
}
