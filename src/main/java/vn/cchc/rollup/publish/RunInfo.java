package vn.cchc.rollup.publish;

import java.time.Instant;

/** The run that made a workbook, for its "Nhật ký" sheet. */
public record RunInfo(long executionId, Instant started, String host, String input, int filesFound, int filesNew,
        int filesChanged, int filesUnchanged, int filesRemoved, int filesWaiting, int facts, int rejects) {
}
