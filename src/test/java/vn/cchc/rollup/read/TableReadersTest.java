package vn.cchc.rollup.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableReadersTest {

    @TempDir
    Path dir;

    private Path xlsx(String name) throws IOException {
        Path file = dir.resolve(name);
        SampleWorkbook.write(new XSSFWorkbook(), file);
        return file;
    }

    @Test
    void xlsxIsRecognisedByItsBytesWhateverItsName() throws Exception {
        assertInstanceOf(XlsxTableReader.class, TableReaders.forFile(xlsx("bao-cao.xlsx")).orElseThrow());
        assertInstanceOf(XlsxTableReader.class, TableReaders.forFile(xlsx("bao-cao.XLSM")).orElseThrow());
        assertInstanceOf(XlsxTableReader.class, TableReaders.forFile(xlsx("bao-cao.csv")).orElseThrow());
        assertInstanceOf(XlsxTableReader.class, TableReaders.forFile(xlsx("bao-cao")).orElseThrow());
    }

    @Test
    void xlsIsRecognisedByItsBytes() throws Exception {
        Path file = dir.resolve("bao-cao.xls");
        SampleWorkbook.write(new HSSFWorkbook(), file);
        Path renamed = Files.copy(file, dir.resolve("bao-cao.xlsx"));

        assertInstanceOf(XlsTableReader.class, TableReaders.forFile(file).orElseThrow());
        assertInstanceOf(XlsTableReader.class, TableReaders.forFile(renamed).orElseThrow());
    }

    @Test
    void textFilesGoToTheCsvReader() throws Exception {
        for (String name : new String[] {"a.csv", "b.TSV", "c.txt"}) {
            Path file = dir.resolve(name);
            Files.writeString(file, "Chỉ tiêu;Giá trị\n", StandardCharsets.UTF_8);
            assertInstanceOf(CsvTableReader.class, TableReaders.forFile(file).orElseThrow(), name);
        }
        Path utf16 = dir.resolve("unicode.txt");
        byte[] body = "A\tB\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(utf16, bytes);
        assertInstanceOf(CsvTableReader.class, TableReaders.forFile(utf16).orElseThrow());
    }

    @Test
    void encryptedXlsxIsSentToAReaderThatExplainsThePassword() throws Exception {
        Path encrypted = XlsxTableReaderTest.encrypt(xlsx("goc.xlsx"), dir.resolve("mat-khau.xlsx"));

        TableReader reader = TableReaders.forFile(encrypted).orElseThrow();
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> reader.read(encrypted, new CollectingVisitor()));
        assertEquals("Tệp được bảo vệ bằng mật khẩu", e.getMessage());
    }

    @Test
    void truncatedXlsxIsSentToTheXlsxReaderWhichReportsDamage() throws Exception {
        byte[] bytes = Files.readAllBytes(xlsx("goc.xlsx"));
        Path truncated = dir.resolve("cat-do.xlsx");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length - 200));

        TableReader reader = TableReaders.forFile(truncated).orElseThrow();
        assertInstanceOf(XlsxTableReader.class, reader);
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> reader.read(truncated, new CollectingVisitor()));
        assertEquals("Tệp Excel bị hỏng hoặc không đầy đủ", e.getMessage());
    }

    @Test
    void aZipHoldingWordDocumentXmlGoesToTheWordReader() throws Exception {
        Path docx = dir.resolve("cong-van.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertInstanceOf(DocxTableReader.class, TableReaders.forFile(docx).orElseThrow());
        assertInstanceOf(DocxTableReader.class, TableReaders.forFile(Files.copy(docx, dir.resolve("cong-van.zip"))).orElseThrow());
        Path doc = Files.writeString(dir.resolve("cu.doc"), "not OLE2");
        assertInstanceOf(DocTableReader.class, TableReaders.forFile(doc).orElseThrow());
    }

    @Test
    void pdfAndImagesAreNotTables() throws Exception {
        Path pdf = dir.resolve("bao-cao.pdf");
        Files.write(pdf, "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
        Path pdfNamedCsv = Files.copy(pdf, dir.resolve("bao-cao.csv"));
        Path png = dir.resolve("anh.png");
        try (OutputStream out = Files.newOutputStream(png)) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        }

        assertEquals(Optional.empty(), TableReaders.forFile(pdf));
        assertEquals(Optional.empty(), TableReaders.forFile(pdfNamedCsv));
        assertEquals(Optional.empty(), TableReaders.forFile(png));
    }

    @Test
    void supportedExtensions() {
        for (String name : new String[] {"a.xlsx", "B.XLSM", "c.xls", "d.csv", "e.tsv", "f.txt", "bao.cao.quy1.xlsx", "g.docx", "h.DOC"}) {
            assertTrue(TableReaders.isSupportedExtension(name), name);
        }
        for (String name : new String[] {"a.rtf", "b.pdf", "c.xlsb", "d.ods", "xlsx", "e.", ""}) {
            assertFalse(TableReaders.isSupportedExtension(name), name);
        }
    }
}
