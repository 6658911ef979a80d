package vn.cchc.rollup.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableReaderTest {

    @TempDir
    Path dir;

    private final CsvTableReader reader = new CsvTableReader();

    private List<RawRow> read(Path file) throws UnreadableFileException {
        CollectingVisitor visitor = new CollectingVisitor();
        reader.read(file, visitor);
        assertEquals(List.of("null|false"), visitor.sheets);
        assertEquals(1, visitor.endedSheets);
        return visitor.rows;
    }

    private static RawRow row(int index, String... values) {
        List<RawCell> cells = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (!values[i].isEmpty()) {
                cells.add(RawCell.text(i, values[i]));
            }
        }
        return new RawRow(null, index, false, cells);
    }

    @Test
    void utf8WithByteOrderMarkWrittenByCommonsCsv() throws Exception {
        Path file = dir.resolve("bao-cao.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL)) {
                printer.printRecord("Chỉ tiêu", "Giá trị");
                printer.printRecord("Tỷ lệ hồ sơ đúng hạn", "95,5");
                printer.printRecord("Số TTHC", "100");
            }
        }

        assertEquals(List.of(
                row(0, "Chỉ tiêu", "Giá trị"),
                row(1, "Tỷ lệ hồ sơ đúng hạn", "95,5"),
                row(2, "Số TTHC", "100")), read(file));
    }

    @Test
    void utf16LittleEndianTabSeparatedAsExcelUnicodeText() throws Exception {
        Path file = dir.resolve("unicode.txt");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.write("Đơn vị\tTỷ lệ (%)\tGhi chú\r\nSở Nội vụ\t98,2\t\"có dấu, phẩy\"\r\n".getBytes(StandardCharsets.UTF_16LE));
        Files.write(file, bytes.toByteArray());

        assertEquals(List.of(
                row(0, "Đơn vị", "Tỷ lệ (%)", "Ghi chú"),
                row(1, "Sở Nội vụ", "98,2", "có dấu, phẩy")), read(file));
    }

    @Test
    void windows1258WithCombiningToneMarksComesOutComposed() throws Exception {
        String text = "Đơn vị,Kết quả\nUBND xã Đức Thọ,Hoàn thành\nSở Tư pháp,Chưa đạt\n";
        Path file = dir.resolve("cp1258.csv");
        Charset cp1258 = Charset.forName("windows-1258");
        String windowsForm = windows1258Form(text);
        assertTrue(cp1258.newEncoder().canEncode(windowsForm));
        byte[] bytes = windowsForm.getBytes(cp1258);
        assertNotEquals(text, new String(bytes, StandardCharsets.UTF_8));
        Files.write(file, bytes);

        assertEquals(List.of(
                row(0, "Đơn vị", "Kết quả"),
                row(1, "UBND xã Đức Thọ", "Hoàn thành"),
                row(2, "Sở Tư pháp", "Chưa đạt")), read(file));
    }

    @Test
    void decomposedUtf8FromAMacIsNormalized() throws Exception {
        Path file = dir.resolve("mac.csv");
        Files.writeString(file, Normalizer.normalize("Xã Hương Khê,Đạt\n", Normalizer.Form.NFD), StandardCharsets.UTF_8);

        List<RawRow> rows = read(file);

        assertEquals(List.of(row(0, "Xã Hương Khê", "Đạt")), rows);
        assertTrue(Normalizer.isNormalized(rows.get(0).text(0), Normalizer.Form.NFC));
    }

    @Test
    void semicolonDelimiterWithDecimalCommasAndQuotedCommas() throws Exception {
        Path file = dir.resolve("champhay.csv");
        Files.writeString(file, """
                Chỉ tiêu;Giá trị;Ghi chú
                Tỷ lệ hồ sơ trực tuyến;95,5;"gồm: a, b; c"
                Số cuộc kiểm tra;12;
                Tỷ lệ số hóa;87,25;"x, y"
                """, StandardCharsets.UTF_8);

        assertEquals(List.of(
                row(0, "Chỉ tiêu", "Giá trị", "Ghi chú"),
                row(1, "Tỷ lệ hồ sơ trực tuyến", "95,5", "gồm: a, b; c"),
                row(2, "Số cuộc kiểm tra", "12"),
                row(3, "Tỷ lệ số hóa", "87,25", "x, y")), read(file));
    }

    @Test
    void blankRecordsAreSkippedAndIndexIsTheLineWhereTheRecordStarts() throws Exception {
        Path file = dir.resolve("dong-trong.csv");
        Files.writeString(file, "BÁO CÁO QUÝ I/2026\n\n,,\nA,B\n\"nhiều\ndòng\",C\n\nD,E\n", StandardCharsets.UTF_8);

        assertEquals(List.of(
                row(0, "BÁO CÁO QUÝ I/2026"),
                row(3, "A", "B"),
                row(4, "nhiều\ndòng", "C"),
                row(7, "D", "E")), read(file));
    }

    @Test
    void excelSeparatorHintLineIsHonouredAndSkipped() throws Exception {
        Path file = dir.resolve("sep.csv");
        Files.writeString(file, "sep=;\nA,1;B\n", StandardCharsets.UTF_8);

        assertEquals(List.of(row(1, "A,1", "B")), read(file));
    }

    @Test
    void numbersStayText() throws Exception {
        Path file = dir.resolve("so.csv");
        Files.writeString(file, "1.234,5\n", StandardCharsets.UTF_8);

        List<RawRow> rows = read(file);

        assertEquals(List.of(row(0, "1.234", "5")), rows);
        assertTrue(rows.get(0).cells().stream().noneMatch(RawCell::isNumeric));
    }

    @Test
    void visitorMaySkipTheSheet() throws Exception {
        Path file = dir.resolve("bo-qua.csv");
        Files.writeString(file, "A,B\n", StandardCharsets.UTF_8);
        CollectingVisitor visitor = new CollectingVisitor() {
            @Override
            public boolean startSheet(String name, boolean hidden) {
                return false;
            }
        };

        reader.read(file, visitor);

        assertEquals(List.of(), visitor.rows);
    }

    @Test
    void missingFileIsUnreadable() {
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> reader.read(dir.resolve("khong-co.csv"), new CollectingVisitor()));
        assertEquals("Không mở được tệp", e.getMessage());
    }

    /**
     * How Vietnamese text is stored in windows-1258: base letters with circumflex, breve and horn are
     * precomposed, the five tone marks are separate combining characters.
     */
    static String windows1258Form(String text) throws IOException {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            boolean shapeMark = c == '\u0302' || c == '\u0306' || c == '\u031B';
            if (shapeMark && out.length() > 0) {
                char base = out.charAt(out.length() - 1);
                out.setCharAt(out.length() - 1,
                        Normalizer.normalize(String.valueOf(base) + c, Normalizer.Form.NFC).charAt(0));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

}
