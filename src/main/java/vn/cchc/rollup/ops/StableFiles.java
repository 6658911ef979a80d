package vn.cchc.rollup.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which files are ready to read: a file still being copied or edited (modified within the quiet
 * period, or named like an office lock or partial download) waits for the next run.
 */
public final class StableFiles {

    private final Duration quietPeriod;
    private final Instant now;

    public StableFiles(Duration quietPeriod, Instant now) {
        this.quietPeriod = quietPeriod;
        this.now = now;
    }

    /** The files split into those to read now and those that wait, each in the given order. */
    public record Split(List<Path> ready, List<Path> waiting) {
    }

    public Split split(List<Path> files) {
        List<Path> ready = new ArrayList<>();
        List<Path> waiting = new ArrayList<>();
        for (Path file : files) {
            (isReady(file) ? ready : waiting).add(file);
        }
        return new Split(List.copyOf(ready), List.copyOf(waiting));
    }

    public boolean isReady(Path file) {
        return !isTemporaryName(file.getFileName().toString()) && !recentlyModified(file);
    }

    /** Office owner files ({@code ~$x.xlsx}), LibreOffice locks, partial copies and downloads. */
    public static boolean isTemporaryName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("~$") || lower.startsWith(".~lock") || lower.endsWith(".tmp") || lower.endsWith(".part")
                || lower.endsWith(".crdownload");
    }

    private boolean recentlyModified(Path file) {
        if (quietPeriod.isZero() || quietPeriod.isNegative()) {
            return false;
        }
        try {
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            return modified.isAfter(now.minus(quietPeriod));
        } catch (IOException e) {
            if (!Files.exists(file)) {
                return true;
            }
            throw new UncheckedIOException(e);
        }
    }
}
