package vn.cchc.rollup.ops;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** SHA-256 over lines of values separated by tabs: what a run's outputs were made from. */
public final class Fingerprint {

    private final MessageDigest sha;

    public Fingerprint() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Fingerprint line(Object... values) {
        StringBuilder line = new StringBuilder();
        for (Object value : values) {
            line.append(value).append('\t');
        }
        sha.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public Fingerprint bytes(byte[] bytes) {
        return bytes(bytes, 0, bytes.length);
    }

    public Fingerprint bytes(byte[] bytes, int offset, int length) {
        sha.update(bytes, offset, length);
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The digest of one text. */
    public static String of(String text) {
        return new Fingerprint().bytes(text.getBytes(StandardCharsets.UTF_8)).hex();
    }

    /**
     * The jars and class folders the program runs from, each with its size and time (a class
     * folder with its newest file's): a new build may write other bytes. Read from the class path,
     * for inside an executable jar ({@code java -jar}) the code source is a nested location that
     * names no file of its own.
     */
    public static String program() {
        StringBuilder program = new StringBuilder();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            Path code = entry.isBlank() ? null : Path.of(entry);
            if (code == null || !Files.exists(code)) {
                continue;
            }
            if (Files.isDirectory(code)) {
                List<Path> files = regularFiles(code);
                long newest = files.stream().mapToLong(f -> attributes(f).lastModifiedTime().toMillis()).max().orElse(0);
                program.append(code.toAbsolutePath()).append(' ').append(files.size()).append(' ').append(newest).append('\n');
            } else {
                BasicFileAttributes attributes = attributes(code);
                program.append(code.toAbsolutePath()).append(' ').append(attributes.size()).append(' ')
                        .append(attributes.lastModifiedTime().toMillis()).append('\n');
            }
        }
        // nothing to compare: a new fingerprint each time, so nothing is ever taken as unchanged
        return program.isEmpty() ? "unknown " + Instant.now() + " " + System.nanoTime() : program.toString();
    }

    /** Every file below {@code folder} with its content's digest, by path relative to it. */
    public static String contents(Path folder) {
        Fingerprint digest = new Fingerprint();
        for (Path file : regularFiles(folder)) {
            try {
                digest.line(folder.relativize(file), new Fingerprint().bytes(Files.readAllBytes(file)).hex());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return digest.hex();
    }

    /** The regular files below {@code folder}, sorted; none when it is not a folder. */
    public static List<Path> regularFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
