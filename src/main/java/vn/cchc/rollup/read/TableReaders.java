package vn.cchc.rollup.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipFile;

/**
 * Chooses the reader for a file by its first bytes, and by its extension where the bytes do not tell:
 * spreadsheets (.xlsx, .xls, CSV) and Word reports (.docx, .doc).
 */
public final class TableReaders {

    private static final Set<String> SUPPORTED = Set.of("xlsx", "xlsm", "xls", "csv", "tsv", "txt", "docx", "docm", "doc");
    private static final Set<String> XLSX = Set.of("xlsx", "xlsm");
    private static final Set<String> DOCX = Set.of("docx", "docm", "dotx");
    /** Word 97–2003 documents share the .xls container (OLE2). */
    private static final Set<String> DOC = Set.of("doc", "dot");
    private static final Set<String> TEXT = Set.of("csv", "tsv", "txt");
    /** Other OLE2 documents (PowerPoint, Outlook, Visio, Publisher) share the .xls container. */
    private static final Set<String> OTHER_OLE2 = Set.of("ppt", "pps", "msg", "vsd", "pub");
    /** Scans and exports that hold a report's picture, not its table. */
    private static final Set<String> PICTURES = Set.of("pdf", "png", "jpg", "jpeg", "gif", "tif", "tiff", "bmp", "heic");
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
            return zipPackageReader(file, extension);
        }
        if (FileSignature.OLE2.matches(head)) {
            if (DOC.contains(extension) || DOCX.contains(extension) && !Ole2Files.isEncryptedOoxml(file)) {
                return Optional.of(new DocTableReader());
            }
            return OTHER_OLE2.contains(extension) ? Optional.empty() : Optional.of(new XlsTableReader());
        }
        if (FileSignature.isKnownBinary(head)) {
            return Optional.empty();
        }
        if (TEXT.contains(extension)) {
            return FileSignature.looksLikeText(head) ? Optional.of(new CsvTableReader()) : Optional.empty();
        }
        // an .xlsx, .xls or .docx that is not what its name says: its reader explains the problem
        return byExtension(extension).filter(reader -> !(reader instanceof CsvTableReader));
    }

    /** Whether {@code reader} reads Word documents, where a letter without a table is no report at all. */
    static boolean readsWord(TableReader reader) {
        return reader instanceof DocxTableReader || reader instanceof DocTableReader;
    }

    /** Why a file no reader takes is not read, in the analyst's words. */
    static String unsupportedMessage(Path file) {
        String extension = extensionOf(file.getFileName().toString());
        boolean picture = PICTURES.contains(extension);
        boolean rtf = "rtf".equals(extension);
        try {
            byte[] head = head(file);
            picture |= FileSignature.isPicture(head);
            rtf |= FileSignature.RTF.matches(head);
        } catch (IOException e) {
            // the extension alone decides
        }
        if (picture) {
            return "Tệp PDF hoặc ảnh chụp không đọc được số liệu: hãy gửi tệp Word (.docx) hoặc Excel (.xlsx) của báo cáo";
        }
        if (rtf) {
            return "Tệp định dạng RTF không đọc được bảng: hãy mở bằng Word, lưu lại dưới dạng .docx rồi gửi lại";
        }
        return "Không phải tệp báo cáo được hỗ trợ (chỉ nhận .xlsx, .xls, .csv, .docx, .doc)";
    }

    /** Whether the file name has an extension this product reads: .xlsx .xlsm .xls .csv .tsv .txt .docx .docm .doc. */
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
        if (DOCX.contains(extension)) {
            return Optional.of(new DocxTableReader());
        }
        if (DOC.contains(extension)) {
            return Optional.of(new DocTableReader());
        }
        if (TEXT.contains(extension)) {
            return Optional.of(new CsvTableReader());
        }
        return Optional.empty();
    }

    /**
     * A zip holding {@code xl/workbook.xml} is a workbook, one holding {@code word/document.xml} a
     * Word document. A zip whose directory cannot be read (truncated) still goes to the reader its
     * name says, so the analyst learns the file is damaged.
     */
    private static Optional<TableReader> zipPackageReader(Path file, String extension) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("xl/workbook.xml") != null) {
                return Optional.of(new XlsxTableReader());
            }
            return zip.getEntry("word/document.xml") != null ? Optional.of(new DocxTableReader()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return XLSX.contains(extension) || DOCX.contains(extension) ? byExtension(extension) : Optional.empty();
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
