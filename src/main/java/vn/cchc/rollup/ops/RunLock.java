package vn.cchc.rollup.ops;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * One run at a time per data folder: an OS file lock on {@code run.lock}, released by the OS when
 * the process dies (so a killed run never leaves a stale lock), plus {@code run.lock.info} telling
 * the others who holds it.
 */
public final class RunLock implements AutoCloseable {

    public static final String LOCK_FILE = "run.lock";
    public static final String INFO_FILE = "run.lock.info";

    /**
     * Lock files this JVM holds. On Linux closing any channel of a locked file drops the process's
     * lock, so a second holder in the same JVM must be refused before it opens the file.
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;
    private final Path infoFile;

    private RunLock(Path lockFile, FileChannel channel, FileLock lock, Path infoFile) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
        this.infoFile = infoFile;
    }

    /** @throws HeldException when another run holds the lock */
    public static RunLock acquire(Path dataFolder, String command) throws IOException {
        Files.createDirectories(dataFolder);
        Path lockFile = dataFolder.resolve(LOCK_FILE).toAbsolutePath().normalize();
        if (!HELD_HERE.add(lockFile)) {
            throw new HeldException(readInfo(dataFolder));
        }
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            if (lock == null) {
                channel.close();
                throw new HeldException(readInfo(dataFolder));
            }
            Path info = dataFolder.resolve(INFO_FILE);
            Files.writeString(info, LockInfo.current(command).format(), StandardCharsets.UTF_8);
            return new RunLock(lockFile, channel, lock, info);
        } catch (IOException | RuntimeException e) {
            HELD_HERE.remove(lockFile);
            throw e;
        }
    }

    /** Who holds the lock now, if anyone. */
    public static Optional<LockInfo> holder(Path dataFolder) {
        Path lockFile = dataFolder.resolve(LOCK_FILE).toAbsolutePath().normalize();
        if (HELD_HERE.contains(lockFile)) {
            return readInfo(dataFolder);
        }
        if (!Files.exists(lockFile)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe != null) {
                probe.release();
                return Optional.empty();
            }
        } catch (OverlappingFileLockException | IOException e) {
            return Optional.empty();
        }
        return readInfo(dataFolder);
    }

    private static Optional<LockInfo> readInfo(Path dataFolder) {
        try {
            return Optional.of(LockInfo.parse(Files.readString(dataFolder.resolve(INFO_FILE), StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            return Optional.of(new LockInfo("?", 0, java.time.Instant.EPOCH, "?"));
        }
    }

    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(infoFile);
            lock.release();
        } finally {
            channel.close();
            HELD_HERE.remove(lockFile);
        }
    }

    /** Another run holds the lock; the message says which one, in Vietnamese. */
    public static final class HeldException extends IOException {
        private final transient Optional<LockInfo> holder;

        HeldException(Optional<LockInfo> holder) {
            super(describe(holder));
            this.holder = holder;
        }

        public Optional<LockInfo> holder() {
            return holder;
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    public static String describe(Optional<LockInfo> holder) {
        return holder.map(h -> "đang có một lần chạy khác giữ thư mục dữ liệu: " + describe(h))
                .orElse("đang có một lần chạy khác giữ thư mục dữ liệu");
    }

    /** {@code lệnh "run" trên máy sv-noivu, PID 41230, từ 02:00:01 01/07/2026}. */
    public static String describe(LockInfo holder) {
        return "lệnh \"" + holder.command() + "\" trên máy " + holder.host() + ", PID " + holder.pid() + ", từ "
                + TIME.format(holder.since());
    }
}
