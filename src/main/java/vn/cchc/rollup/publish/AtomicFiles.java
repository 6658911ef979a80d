package vn.cchc.rollup.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.apache.commons.io.function.IOConsumer;
import vn.cchc.rollup.ops.PeriodFolders;

/**
 * Writes a file under a temporary name in its folder and moves it into place, so readers never see
 * half a file; a file that would get the same bytes again is left as it is.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    private static final int BUFFER_BYTES = 64 * 1024;
    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    /**
     * A temporary file is private (rw-------); the published file is for officials to read. (Asking
     * the file's view, not its file store: finding the store reads the mount table, for every file.)
     */
    private static void makeReadable(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(READABLE);
        }
    }

    static void write(Path target, IOConsumer<OutputStream> content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            // buffered: zip and image writers hand over a few hundred bytes at a time
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), BUFFER_BYTES)) {
                content.accept(out);
            }
            if (PeriodFolders.sameBytes(target, temp)) {
                // same content: the published file keeps its modification time
                return;
            }
            makeReadable(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
