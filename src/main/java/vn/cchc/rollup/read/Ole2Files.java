package vn.cchc.rollup.read;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Peeks into OLE2 (Compound File) containers: legacy .xls, and password-encrypted .xlsx. */
final class Ole2Files {

    /** Office stores a password-encrypted OOXML file in an OLE2 container with this stream. */
    static final String ENCRYPTION_INFO = "EncryptionInfo";

    private Ole2Files() {
    }

    static boolean isEncryptedOoxml(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry(ENCRYPTION_INFO);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
