package vn.cchc.rollup.job;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.cchc.rollup.intake.FileFingerprint;

/**
 * The files a run still has to read: those the scan listed, less those already stored with the same
 * content. The list lives in the job's execution context as text (one file a line), which a restart
 * can read back: Spring Batch deserializes only JDK types. Modification times are written whole
 * (ISO-8601, to the nanosecond): the stored time is what the next scan compares to decide whether a
 * file needs reading again, and files copied on a real file system have sub-millisecond times.
 */
final class PendingFiles {

    private PendingFiles() {
    }

    static List<FileFingerprint> remaining(List<FileFingerprint> pending, Map<String, String> stored) {
        return pending.stream().filter(file -> !file.sha256().equals(stored.get(file.relative()))).toList();
    }

    static String encode(List<FileFingerprint> files) {
        StringBuilder text = new StringBuilder();
        for (FileFingerprint f : files) {
            text.append(f.sha256()).append('\t').append(f.size()).append('\t').append(f.modified())
                    .append('\t').append(f.relative()).append('\n');
        }
        return text.toString();
    }

    static List<FileFingerprint> decode(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return text.lines().map(line -> {
            String[] parts = line.split("\t", 4);
            return new FileFingerprint(parts[3], parts[0], Long.parseLong(parts[1]), instant(parts[2]));
        }).toList();
    }

    /** An ISO-8601 instant, or epoch milliseconds as a version before 2026-12-05 wrote (a restart across versions). */
    private static Instant instant(String text) {
        return text.indexOf('T') < 0 ? Instant.ofEpochMilli(Long.parseLong(text)) : Instant.parse(text);
    }
}
