package vn.cchc.rollup.read;

import java.nio.file.Path;

/** Streams the rows of one kind of file (xlsx, xls, csv) with bounded memory where the format allows. */
public interface TableReader {

    /**
     * Reads every sheet of {@code file} into {@code visitor}. The file is opened read-only.
     *
     * @throws UnreadableFileException when the file is corrupt, encrypted, too large or not of this kind
     */
    void read(Path file, RowVisitor visitor) throws UnreadableFileException;
}
