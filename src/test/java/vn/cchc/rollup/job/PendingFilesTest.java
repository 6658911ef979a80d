package vn.cchc.rollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.rollup.intake.FileFingerprint;

class PendingFilesTest {

    @Test
    void aListComesBackWholeWithItsTimesToTheNanosecond() {
        List<FileFingerprint> files = List.of(
                new FileFingerprint("Sở Tư pháp/BC quý I.xlsx", "ab12", 8_192, Instant.parse("2026-07-01T08:15:30.123456789Z")),
                new FileFingerprint("xa/tab\tin name.csv", "cd34", 0, Instant.parse("2026-07-02T00:00:00Z")));

        assertThat(PendingFiles.decode(PendingFiles.encode(files))).isEqualTo(files);
        assertThat(PendingFiles.decode(null)).isEmpty();
        assertThat(PendingFiles.decode("")).isEmpty();
    }

    @Test
    void aListWrittenBeforeTimesWereWholeIsStillRead() {
        assertThat(PendingFiles.decode("ab12\t8192\t1782893730123\tSo-TP/bc.xlsx\n"))
                .containsExactly(new FileFingerprint("So-TP/bc.xlsx", "ab12", 8_192, Instant.ofEpochMilli(1_782_893_730_123L)));
    }

    @Test
    void filesAlreadyStoredWithTheSameContentAreNotPending() {
        FileFingerprint stored = new FileFingerprint("a.csv", "same", 1, Instant.EPOCH);
        FileFingerprint changed = new FileFingerprint("b.csv", "new", 1, Instant.EPOCH);
        FileFingerprint added = new FileFingerprint("c.csv", "x", 1, Instant.EPOCH);

        assertThat(PendingFiles.remaining(List.of(stored, changed, added), Map.of("a.csv", "same", "b.csv", "old")))
                .containsExactly(changed, added);
    }
}
