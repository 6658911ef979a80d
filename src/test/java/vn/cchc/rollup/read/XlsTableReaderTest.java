package vn.cchc.rollup.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsTableReaderTest {

    private static final String FONT = "Arial";

    @TempDir
    Path dir;

    private final XlsTableReader reader = new XlsTableReader();

    private Path sample() throws IOException {
        Path file = dir.resolve("bao-cao.xls");
        SampleWorkbook.write(new HSSFWorkbook(), file);
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
    void neverModifiesTheFile() throws Exception {
        Path file = sample();
        byte[] bytes = Files.readAllBytes(file);

        reader.read(file, new CollectingVisitor());

        assertEquals(Arrays.hashCode(bytes), Arrays.hashCode(Files.readAllBytes(file)));
    }

    @Test
    void letsTheVisitorsOwnFailurePassUnchanged() throws Exception {
        IllegalStateException own = new IllegalStateException("visitor failed");
        RowVisitor failing = row -> {
            throw own;
        };

        assertSame(own, assertThrows(IllegalStateException.class, () -> reader.read(sample(), failing)));
    }

    @Test
    void encryptedXlsxInItsOle2ContainerIsUnreadableWithAPasswordMessage() throws Exception {
        Path plain = dir.resolve("goc.xlsx");
        SampleWorkbook.write(new XSSFWorkbook(), plain);
        Path encrypted = XlsxTableReaderTest.encrypt(plain, dir.resolve("mat-khau.xls"));

        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> reader.read(encrypted, new CollectingVisitor()));
        assertEquals("Tệp được bảo vệ bằng mật khẩu", e.getMessage());
    }

    @Test
    void truncatedFileIsUnreadable() throws Exception {
        byte[] bytes = Files.readAllBytes(sample());
        Path truncated = dir.resolve("cat-do.xls");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 3));

        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> reader.read(truncated, new CollectingVisitor()));
        assertEquals("Tệp Excel bị hỏng hoặc không đầy đủ", e.getMessage());
    }

    @Test
    void textRenamedToXlsIsUnreadable() throws Exception {
        Path text = dir.resolve("doi-ten.xls");
        Files.writeString(text, "<html><table><tr><td>Chỉ tiêu</td></tr></table></html>", StandardCharsets.UTF_8);

        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> reader.read(text, new CollectingVisitor()));
        assertEquals("Tệp không đúng định dạng Excel .xls", e.getMessage());
    }
}
