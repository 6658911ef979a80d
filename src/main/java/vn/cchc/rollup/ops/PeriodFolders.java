package vn.cchc.rollup.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.normalize.PeriodParser;

/**
 * Replaces the output folder of each period as a whole. A run writes every period into a hidden
 * staging folder next to the outputs; only when all are written are they swapped in, one rename
 * each, so a failed run leaves the previous outputs as they were and a period folder never mixes
 * files of two runs. Period folders of periods that no longer have data are removed. A file whose
 * bytes did not change keeps the published copy (its modification time): only what changed is rewritten.
 */
public final class PeriodFolders implements AutoCloseable {

    static final String STAGING_PREFIX = ".staging-";
    private static final Logger log = LoggerFactory.getLogger(PeriodFolders.class);
    static final String OLD_PREFIX = ".old-";

    private final Path output;
    private final Path staging;
    private final List<String> staged = new ArrayList<>();
    private boolean committed;

    private PeriodFolders(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
    }

    /** Tidies what an interrupted run left behind and opens a fresh staging folder. */
    public static PeriodFolders begin(Path output) throws IOException {
        Files.createDirectories(output);
        recoverInterruptedSwaps(output);
        return new PeriodFolders(output, Files.createTempDirectory(output, STAGING_PREFIX));
    }

    /** Where to write the period's outputs during this run. */
    public Path folder(Period period) {
        staged.add(period.code());
        return staging.resolve(period.code());
    }

    /**
     * Swaps the staged periods in and removes the folders of periods without data.
     *
     * @param withData every period that has data now, published or not
     */
    public void commit(Set<String> withData) throws IOException {
        for (String code : staged) {
            Path target = output.resolve(code);
            Path old = output.resolve(OLD_PREFIX + code);
            deleteIfPresent(old);
            keepUnchangedFiles(target, staging.resolve(code));
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging.resolve(code), target, StandardCopyOption.ATOMIC_MOVE);
            deleteIfPresent(old);
        }
        for (Path folder : periodFolders(output)) {
            if (!withData.contains(folder.getFileName().toString())) {
                PathUtils.deleteDirectory(folder);
            }
        }
        committed = true;
        close();
    }

    /**
     * Files of the new folder whose bytes equal the published file's are replaced by the published
     * file itself (moved over), so that a file with the same content keeps its modification time and
     * is not rewritten for whoever copies or syncs the outputs. Counted in the log.
     */
    private static void keepUnchangedFiles(Path published, Path fresh) throws IOException {
        if (!Files.isDirectory(published)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(fresh)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        int kept = 0;
        for (Path file : files) {
            Path before = published.resolve(fresh.relativize(file));
            if (sameFile(before, file)) {
                // reused as published (a link): nothing to move
                kept++;
            } else if (sameBytes(before, file)) {
                Files.move(before, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                kept++;
            }
        }
        log.info("{}: {} of {} files unchanged, kept as published; {} rewritten", published.getFileName(), kept,
                files.size(), files.size() - kept);
    }

    private static boolean sameFile(Path a, Path b) throws IOException {
        return Files.exists(a, LinkOption.NOFOLLOW_LINKS) && Files.isSameFile(a, b);
    }

    /** Whether both are regular files with the same bytes. */
    public static boolean sameBytes(Path a, Path b) throws IOException {
        return Files.isRegularFile(a, LinkOption.NOFOLLOW_LINKS) && Files.isRegularFile(b, LinkOption.NOFOLLOW_LINKS)
                && Files.size(a) == Files.size(b) && Files.mismatch(a, b) == -1;
    }

    /** Drops the staging folder; without a commit the previous outputs stay as they were. */
    @Override
    public void close() throws IOException {
        deleteIfPresent(staging);
    }

    private static void deleteIfPresent(Path folder) throws IOException {
        if (Files.exists(folder)) {
            PathUtils.deleteDirectory(folder);
        }
    }

    public boolean committed() {
        return committed;
    }

    /** The folders under output named exactly like a period code (2026-Q1, 2026-H1, 2026...). */
    public static List<Path> periodFolders(Path output) throws IOException {
        if (!Files.isDirectory(output)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(output)) {
            return children.filter(Files::isDirectory)
                    .filter(p -> periodCode(p.getFileName().toString()).isPresent())
                    .sorted(Comparator.naturalOrder())
                    .toList();
        }
    }

    private static Optional<String> periodCode(String name) {
        return PeriodParser.parse(name).map(Period::code).filter(name::equals);
    }

    /** A kill between the two renames of a swap leaves only the old folder: put it back. */
    private static void recoverInterruptedSwaps(Path output) throws IOException {
        try (Stream<Path> children = Files.list(output)) {
            for (Path child : children.toList()) {
                String name = child.getFileName().toString();
                if (name.startsWith(STAGING_PREFIX)) {
                    PathUtils.deleteDirectory(child);
                } else if (name.startsWith(OLD_PREFIX)) {
                    Path target = output.resolve(name.substring(OLD_PREFIX.length()));
                    if (Files.exists(target)) {
                        PathUtils.deleteDirectory(child);
                    } else {
                        Files.move(child, target, StandardCopyOption.ATOMIC_MOVE);
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
