package vn.cchc.rollup.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTableReaderTest {

    private static final String FONT = "Calibri";

    @TempDir
    Path dir;

    private final XlsxTableReader reader = new XlsxTableReader();

    private Path sample() throws IOException {
        Path file = dir.resolve("bao-cao.xlsx");
        SampleWorkbook.write(new XSSFWorkbook(), file);
        return file;
    }

    @Test
    void readsCellsByTheRawCellRules() throws Exception {
        CollectingVisitor visitor = new CollectingVisitor();
        reader.read(sample(), visitor);

        assertEquals(SampleWorkbook.expectedReportRows(FONT), visitor.rowsOf(SampleWorkbook.REPORT));
    }

    @Test
    void reportsHiddenAndVeryHiddenSheetsWithTheirRows() throws Exception {
        CollectingVisitor visitor = new CollectingVisitor();
        reader.read(sample(), visitor);

        assertEquals(List.of("Báo cáo|false", "Ẩn|true", "Rất ẩn|true"), visitor.sheets);
        assertEquals(3, visitor.endedSheets);
        assertEquals(List.of(new RawRow(SampleWorkbook.HIDDEN, 0, false,
                List.of(SampleWorkbook.text(0, "Bí mật", FONT)))), visitor.rowsOf(SampleWorkbook.HIDDEN));
        assertEquals(List.of(new RawRow(SampleWorkbook.VERY_HIDDEN, 2, false,
                List.of(SampleWorkbook.number(1, "-3.25", FONT)))), visitor.rowsOf(SampleWorkbook.VERY_HIDDEN));
    }

    @Test
    void skipsTheRowsOfASheetTheVisitorDeclines() throws Exception {
        CollectingVisitor visitor = new CollectingVisitor() {
            @Override
            public boolean startSheet(String name, boolean hidden) {
                super.startSheet(name, hidden);
                return !hidden;
            }
        };
        reader.read(sample(), visitor);

        assertEquals(List.of(SampleWorkbook.REPORT), visitor.rows.stream().map(RawRow::sheet).distinct().toList());
    }

    @Test
    void neverModifiesTheFile() throws Exception {
        Path file = sample();
        FileTime before = Files.getLastModifiedTime(file);
        byte[] bytes = Files.readAllBytes(file);

        reader.read(file, new CollectingVisitor());

        assertArrayEquals(bytes, Files.readAllBytes(file));
        assertEquals(before, Files.getLastModifiedTime(file));
    }

    @Test
    void letsTheVisitorsOwnFailurePassUnchanged() throws Exception {
        IllegalStateException own = new IllegalStateException("visitor failed");
        RowVisitor failing = row -> {
            throw own;
        };

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> reader.read(sample(), failing));
        assertSame(own, thrown);
    }

    @Test
    void countsOnRowsAndCellsWithoutAReference() throws Exception {
        Path file = sample();
        Path stripped = dir.resolve("khong-toa-do.xlsx");
        rewriteEntry(file, stripped, "xl/worksheets/sheet1.xml",
                xml -> xml.replaceAll(" r=\"[A-Z]*[0-9]+\"", ""));

        CollectingVisitor visitor = new CollectingVisitor();
        reader.read(stripped, visitor);

        List<RawRow> rows = visitor.rowsOf(SampleWorkbook.REPORT);
        // POI writes no element for missing rows 7 (index) and cells, so positions close up
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 7), rows.stream().map(RawRow::index).toList());
        assertEquals("Số TTHC", rows.get(2).text(0));
        assertEquals("100", rows.get(2).text(1));
        assertEquals("Bé phËn Mét cöa", rows.get(6).text(0));
    }

    @Test
    void truncatedFileIsUnreadable() throws Exception {
        byte[] bytes = Files.readAllBytes(sample());
        Path truncated = dir.resolve("cat-do.xlsx");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));

        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> reader.read(truncated, new CollectingVisitor()));
        assertEquals("Tệp Excel bị hỏng hoặc không đầy đủ", e.getMessage());
    }

    @Test
    void encryptedWorkbookIsUnreadableWithAPasswordMessage() throws Exception {
        Path encrypted = encrypt(sample(), dir.resolve("mat-khau.xlsx"));

        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> reader.read(encrypted, new CollectingVisitor()));
        assertEquals("Tệp được bảo vệ bằng mật khẩu", e.getMessage());
    }

    @Test
    void suspiciouslyCompressedPackageIsRefused() throws Exception {
        Path bomb = dir.resolve("nen.xlsx");
        String padding = " ".repeat(20 * 1024 * 1024);
        rewriteEntry(sample(), bomb, "xl/worksheets/sheet1.xml",
                xml -> xml.replace("</worksheet>", "<!--" + padding + "--></worksheet>"));

        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> reader.read(bomb, new CollectingVisitor()));
        assertEquals("Tệp Excel có dữ liệu nén bất thường (nghi ngờ tệp độc hại), không đọc", e.getMessage());
    }

    @Test
    void streamsFiftyThousandRowsQuickly() throws Exception {
        Path file = dir.resolve("lon.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("Dữ liệu");
            for (int i = 0; i < 50_000; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("Xã số " + i);
                row.createCell(1).setCellValue(i * 0.5);
                row.createCell(2).setCellValue(i);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            workbook.dispose();
        }
        long[] count = {0};
        RawRow[] last = {null};
        long start = System.nanoTime();

        reader.read(file, row -> {
            count[0]++;
            last[0] = row;
        });

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(50_000, count[0]);
        assertEquals(new RawRow("Dữ liệu", 49_999, false, List.of(
                SampleWorkbook.text(0, "Xã số 49999", FONT),
                SampleWorkbook.number(1, "24999.5", FONT),
                new RawCell(2, "49999", new BigDecimal("49999"), false, FONT))), last[0]);
        assertTrue(millis < 30_000, "reading took " + millis + " ms");
    }

    /** Writes {@code plain} encrypted with agile encryption, as Excel does when a password is set. */
    static Path encrypt(Path plain, Path target) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("matkhau");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(Files.readAllBytes(plain)));
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
        return target;
    }

    private static void rewriteEntry(Path source, Path target, String entryName,
                                     java.util.function.UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(buffer)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(entryName)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        Files.write(target, buffer.toByteArray());
    }
}
