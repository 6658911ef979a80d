package vn.cchc.rollup.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipFile;

/** Chooses the reader for a file by its first bytes, and by its extension where the bytes do not tell. */
public final class TableReaders {

    private static final Set<String> SUPPORTED = Set.of("xlsx", "xlsm", "xls", "csv", "tsv", "txt");
    private static final Set<String> XLSX = Set.of("xlsx", "xlsm");
    private static final Set<String> TEXT = Set.of("csv", "tsv", "txt");
    /** Other OLE2 documents (Word, PowerPoint, Outlook, Visio, Publisher) share the .xls container. */
    private static final Set<String> OTHER_OLE2 = Set.of("doc", "dot", "ppt", "pps", "msg", "vsd", "pub");
    private static final int HEAD_BYTES = 8192;

    private TableReaders() {
    }

    /** The reader for {@code file}, or empty when it is not a table this product reads. */
    public static Optional<TableReader> forFile(Path file) {
        String extension = extensionOf(file.getFileName().toString());
        byte[] head;
        try {
            head = head(file);
        } catch (IOException e) {
            // let the reader of the extension report what is wrong with the file
            return byExtension(extension);
        }
        if (FileSignature.ZIP.matches(head)) {
            return isXlsxPackage(file, extension) ? Optional.of(new XlsxTableReader()) : Optional.empty();
        }
        if (FileSignature.OLE2.matches(head)) {
            return OTHER_OLE2.contains(extension) ? Optional.empty() : Optional.of(new XlsTableReader());
        }
        if (FileSignature.isKnownBinary(head)) {
            return Optional.empty();
        }
        if (TEXT.contains(extension)) {
            return FileSignature.looksLikeText(head) ? Optional.of(new CsvTableReader()) : Optional.empty();
        }
        // an .xlsx or .xls that is not what its name says: its reader explains the problem
        return byExtension(extension).filter(reader -> !(reader instanceof CsvTableReader));
    }

    /** Whether the file name has an extension this product reads: .xlsx .xlsm .xls .csv .tsv .txt. */
    public static boolean isSupportedExtension(String fileName) {
        return fileName != null && SUPPORTED.contains(extensionOf(fileName));
    }

    private static Optional<TableReader> byExtension(String extension) {
        if (XLSX.contains(extension)) {
            return Optional.of(new XlsxTableReader());
        }
        if ("xls".equals(extension)) {
            return Optional.of(new XlsTableReader());
        }
        if (TEXT.contains(extension)) {
            return Optional.of(new CsvTableReader());
        }
        return Optional.empty();
    }

    /**
     * A zip holding {@code xl/workbook.xml}. A zip whose directory cannot be read (truncated) still
     * goes to the xlsx reader when its name says xlsx, so the analyst learns the file is damaged.
     */
    private static boolean isXlsxPackage(Path file, String extension) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("xl/workbook.xml") != null;
        } catch (IOException | RuntimeException e) {
            return XLSX.contains(extension);
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
