package vn.cchc.rollup.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Lists the report files of a folder (recursively, in a stable order) and fingerprints them. */
public final class ReportFolder {

    private final Path root;

    public ReportFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path resolve(String relative) {
        return root.resolve(relative);
    }

    /**
     * Every regular file below the root except hidden ones, sorted by relative path. A symbolic
     * link is listed only when it leads to a file inside the root; links to folders are not walked.
     */
    public List<Path> files() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || isLinkToFileInside(p))
                    .filter(p -> !root.relativize(p).toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private boolean isLinkToFileInside(Path path) {
        if (!Files.isSymbolicLink(path)) {
            return false;
        }
        try {
            Path target = path.toRealPath();
            return Files.isRegularFile(target) && target.startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    public String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * The file's fingerprint, reusing the content digest of {@code known} (the same file as stored
     * before, or null) when its size and modification time are still those stored: unchanged files
     * are not read again. The time is compared to the microsecond, what the database keeps.
     */
    public FileFingerprint fingerprint(Path file, FileFingerprint known) {
        if (known != null) {
            try {
                long size = Files.size(file);
                Instant modified = Files.getLastModifiedTime(file).toInstant();
                if (known.sameSizeAndTime(size, modified)) {
                    return new FileFingerprint(relative(file), known.sha256(), size, modified);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return fingerprint(file);
    }

    public FileFingerprint fingerprint(Path file) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                in.transferTo(OutputStreamSink.INSTANCE);
            }
            return new FileFingerprint(relative(file), HexFormat.of().formatHex(sha.digest()),
                    Files.size(file), Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<FileFingerprint> fingerprints() {
        List<FileFingerprint> all = new ArrayList<>();
        for (Path file : files()) {
            all.add(fingerprint(file));
        }
        return all;
    }

    /** Discards bytes: the digest stream sees them on the way. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
