package vn.cchc.rollup.read;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.rollup.read.ReportParserLayoutTest.keys;
import static vn.cchc.rollup.testing.GridFiles.row;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.testing.GridFiles;
import vn.cchc.rollup.testing.GridFiles.Percent;

/**
 * Messy and hostile files as they really arrive, each with exactly the facts and rejects it must
 * give. Every file is parsed in bounded time and is byte for byte (and in its modification time)
 * the same afterwards.
 */
class MessyCorpusTest {

    /** A corpus file: how to make it, and what reading it must give. */
    private static final String PICTURE = "hãy gửi tệp Word (.docx) hoặc Excel (.xlsx)";

    record Case(String name, Maker maker, List<String> facts, List<String> rejects, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Maker {
        Path make(Path dir, String name) throws Exception;
    }

    private static final long SMALL_LIMIT = 200_000;
    private static ExecutorService executor;

    @TempDir
    Path dir;

    @BeforeAll
    static void startExecutor() {
        executor = Executors.newSingleThreadExecutor();
    }

    @AfterAll
    static void stopExecutor() {
        executor.shutdownNow();
    }

    static Stream<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        // --- layouts as they really come
        cases.add(ok("nhieu-sheet-bia-an-ky.xlsx", MessyCorpusTest::coverHiddenReportSignature,
                "SO-NOIVU|2026-Q1|CDDH-04|||7", "SO-NOIVU|2026-Q1|TTHC-05|45|50|90"));
        cases.add(ok("tieu-de-gop-hai-dong.xlsx", (d, n) -> mergedTwoRowHeader(d.resolve(n)),
                "SO-NOIVU|2026-Q1|TTHC-05|45|50|90", "SO-NOIVU|2026-Q1|TCC-01|||1",
                "XA-DUCTHO|2026-Q1|TTHC-05|30|40|75", "XA-DUCTHO|2026-Q1|TCC-01|||0"));
        cases.add(ok("tieu-de-gop-hai-dong.xls", (d, n) -> mergedTwoRowHeaderGrid(d.resolve(n)),
                "SO-NOIVU|2026-Q1|TTHC-05|45|50|90", "SO-NOIVU|2026-Q1|TCC-01|||1",
                "XA-DUCTHO|2026-Q1|TTHC-05|30|40|75", "XA-DUCTHO|2026-Q1|TCC-01|||0"));
        cases.add(ok("dong-an-cot-trong.xlsx", MessyCorpusTest::hiddenRowsAndSpacers,
                "XA-DUCTHO|2026-H1|CDDH-04|||9", "XA-DUCTHO|2026-H1|TTHC-06|||98.5"));
        cases.add(ok("tong-cong-la-ma-ghi-chu.xlsx", (d, n) -> GridFiles.write(d.resolve(n), "BC", totalsRomanNotes()),
                "SO-NOIVU|2026-Q1|TCC-01|||1", "SO-NOIVU|2026-Q1|CDDH-04|||7", "XA-DUCTHO|2026-Q1|TCC-01|||0"));
        cases.add(ok("tong-cong-la-ma-ghi-chu.csv", (d, n) -> GridFiles.write(d.resolve(n), null, totalsRomanNotes()),
                "SO-NOIVU|2026-Q1|TCC-01|||1", "SO-NOIVU|2026-Q1|CDDH-04|||7", "XA-DUCTHO|2026-Q1|TCC-01|||0"));
        cases.add(ok("chi-co-quoc-hieu.xlsx", (d, n) -> GridFiles.write(d.resolve(n), "BC",
                        templateRows("UBND XÃ ĐỨC THỌ", null, "BÁO CÁO KẾT QUẢ CCHC 6 THÁNG ĐẦU NĂM 2026")),
                "XA-DUCTHO|2026-H1|CDDH-04|||7", "XA-DUCTHO|2026-H1|TCC-01|||1"));
        cases.add(ok("Báo cáo Xã Đức Thọ quý I 2026.xlsx", (d, n) -> GridFiles.write(d.resolve(n), "BC",
                        templateRows("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", null, "BÁO CÁO KẾT QUẢ CẢI CÁCH HÀNH CHÍNH")),
                "XA-DUCTHO|2026-Q1|CDDH-04|||7", "XA-DUCTHO|2026-Q1|TCC-01|||1"));
        cases.add(ok("Sở Nội vụ - báo cáo quý I.csv", (d, n) -> GridFiles.write(d.resolve(n), null,
                        templateRows("SỞ NỘI VỤ", "Quý I/2026", "BÁO CÁO")),
                "SO-NOIVU|2026-Q1|CDDH-04|||7", "SO-NOIVU|2026-Q1|TCC-01|||1"));
        cases.add(ok("windows-1258.csv", (d, n) -> text(d.resolve(n), Charset.forName("windows-1258"), ";", false),
                "XA-DUCTHO|2026-Q1|TTHC-06|||99.5", "XA-DUCTHO|2026-Q1|TCC-01|||1"));
        cases.add(ok("unicode-text.txt", (d, n) -> text(d.resolve(n), StandardCharsets.UTF_16LE, "\t", true),
                "XA-DUCTHO|2026-Q1|TTHC-06|||99.5", "XA-DUCTHO|2026-Q1|TCC-01|||1"));
        cases.add(new Case("loi-tung-dong.xlsx", (d, n) -> GridFiles.write(d.resolve(n), "Số liệu", List.of(
                row("Mã đơn vị", "Kỳ báo cáo", "Mã chỉ tiêu", "Tử số", "Mẫu số", "Giá trị"),
                row("SO-NOIVU", "Quý I/2026", "TTHC-05", 60, 50, null),
                row("SO-NOIVU", "Quý I/2026", "CQS-02", null, null, new Percent(1.2)),
                row("SO-NOIVU", "Quý I/2026", "TCC-01", null, null, "chưa rõ"),
                row("SO-NOIVU", "Quý I/2026", "CDDH-04", null, null, 4))),
                List.of("SO-NOIVU|2026-Q1|CDDH-04|||4"),
                List.of("INCONSISTENT@Số liệu!D2", "OUT_OF_RANGE@Số liệu!F3", "BAD_VALUE@Số liệu!F4"), null));
        // --- hostile and broken input
        cases.add(refused("bom-nen.xlsx", MessyCorpusTest::zipBomb, "UNREADABLE_FILE", "nén bất thường"));
        cases.add(refused("billion-laughs.xlsx", (d, n) -> rewrite(goodXlsx(d), d.resolve(n), "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("<worksheet", LAUGHS + "<worksheet").replace("</sheetData>",
                        "<row r=\"40\"><c r=\"A40\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData>")),
                "UNREADABLE_FILE", "Tệp Excel bị hỏng"));
        cases.add(refused("xxe-chuoi-chung.xlsx", MessyCorpusTest::externalEntity, "UNREADABLE_FILE", "Tệp Excel bị hỏng"));
        cases.add(refused("mat-khau.xlsx", (d, n) -> XlsxTableReaderTest.encrypt(goodXlsx(d), d.resolve(n)),
                "UNREADABLE_FILE", "Tệp được bảo vệ bằng mật khẩu"));
        cases.add(refused("qua-lon.csv", (d, n) -> Files.writeString(d.resolve(n),
                "Mã đơn vị,Mã chỉ tiêu,Giá trị\n" + "SO-NOIVU,CDDH-04,7\n".repeat(15_000)), "UNSUPPORTED_FILE", "Tệp quá lớn"));
        cases.add(refused("cat-do.xlsx", (d, n) -> truncated(goodXlsx(d), d.resolve(n)), "UNREADABLE_FILE", "bị hỏng"));
        cases.add(refused("cat-do.xls", (d, n) -> truncated(GridFiles.write(d.resolve("goc.xls"), "BC", goodRows()), d.resolve(n)),
                "UNREADABLE_FILE", "bị hỏng"));
        cases.add(refused("~$Báo cáo quý I.xlsx", (d, n) -> Files.write(d.resolve(n), lockFileBytes()),
                "UNSUPPORTED_FILE", "Tệp khóa tạm của Excel"));
        cases.add(refused("rong.xlsx", (d, n) -> Files.write(d.resolve(n), new byte[0]), "UNREADABLE_FILE", "Tệp rỗng"));
        cases.add(refused("rong.csv", (d, n) -> Files.write(d.resolve(n), new byte[0]), "UNREADABLE_FILE", "Tệp rỗng"));
        cases.add(refused("cong-van.docx", MessyCorpusTest::docx, "UNREADABLE_FILE", "Tệp Word bị hỏng"));
        cases.add(refused("bao-cao.pdf", (d, n) -> Files.write(d.resolve(n),
                "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII)), "UNSUPPORTED_FILE", PICTURE));
        cases.add(refused("anh-chup.png", (d, n) -> Files.write(d.resolve(n),
                bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13)), "UNSUPPORTED_FILE", PICTURE));
        cases.add(refused("anh-doi-ten.xlsx", (d, n) -> Files.write(d.resolve(n),
                bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0)), "UNSUPPORTED_FILE", PICTURE));
        cases.add(refused("van-ban-doi-ten.xls", (d, n) -> Files.writeString(d.resolve(n), "Mã đơn vị;Giá trị\n"),
                "UNREADABLE_FILE", "không đúng định dạng Excel .xls"));
        cases.add(refused("khong-co-bang.xlsx", (d, n) -> GridFiles.write(d.resolve(n), "Công văn", List.of(
                row("UBND TỈNH HÀ TĨNH"), row("Kính gửi: Sở Nội vụ"), row("Nội dung công văn ..."))),
                "UNSUPPORTED_FILE", "Không tìm thấy bảng số liệu"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachFileGivesExactlyItsFactsAndRejects(Case c) throws Exception {
        Path file = c.maker().make(dir, c.name());
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);
        ReportParser parser = new ReportParser(PlanLoader.builtIn(), SMALL_LIMIT);

        Future<ParsedReport> parsing = executor.submit(() -> parser.parse(file, c.name()));
        ParsedReport report = parsing.get(20, TimeUnit.SECONDS);

        assertThat(keys(report.facts())).containsExactlyInAnyOrderElementsOf(c.facts());
        assertThat(report.rejects()).extracting(r -> r.reason() + "@" + r.source().location())
                .containsExactlyElementsOf(c.rejects());
        assertThat(report.rejects()).allSatisfy(r -> assertThat(r.source().file()).isEqualTo(c.name()));
        if (c.message() != null) {
            assertThat(report.rejects()).extracting(Reject::message).singleElement().asString().contains(c.message());
        }
        assertThat(report.rejects()).extracting(Reject::message).noneMatch(m -> m.contains("TOP-SECRET"));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    }

    private static Case ok(String name, Maker maker, String... facts) {
        return new Case(name, maker, List.of(facts), List.of(), null);
    }

    private static Case refused(String name, Maker maker, String reason, String message) {
        return new Case(name, maker, List.of(), List.of(reason + "@"), message);
    }

    // ---------------------------------------------------------------- layouts

    private static List<List<Object>> goodRows() {
        return templateRows("SỞ NỘI VỤ", "Quý I/2026", "BÁO CÁO");
    }

    /** A template with an optional period label; the agency only from the letterhead (or the file name). */
    private static List<List<Object>> templateRows(String letterhead, String period, String title) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("UBND TỈNH HÀ TĨNH", null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        rows.add(row(letterhead, null, null, null, "Độc lập - Tự do - Hạnh phúc"));
        rows.add(row(null, null, null, null, "Hà Tĩnh, ngày 05 tháng 4 năm 2026"));
        rows.add(row(title));
        if (period != null) {
            rows.add(row("Kỳ báo cáo:", period));
        }
        rows.add(row("STT", "Mã chỉ tiêu", "Tên chỉ tiêu", "Giá trị", "Ghi chú"));
        rows.add(row(1, "CDDH-04", "Số tin, bài", 7, null));
        rows.add(row(2, "TCC-01", "Công khai tài chính đúng quy định", "Có", null));
        rows.add(row(null, null, null, "NGƯỜI LẬP BIỂU", "GIÁM ĐỐC"));
        return rows;
    }

    private static Path coverHiddenReportSignature(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (Workbook workbook = new XSSFWorkbook()) {
            fill(workbook.createSheet("Bìa"), List.of(row("BÁO CÁO"), row("SỞ NỘI VỤ"), row("Quý I/2026")));
            Sheet old = workbook.createSheet("Cũ");
            fill(old, List.of(row("Mã đơn vị", "Kỳ báo cáo", "Mã chỉ tiêu", "Giá trị"), row("SO-NOIVU", "Quý I/2026", "CDDH-04", 99)));
            workbook.setSheetHidden(1, true);
            fill(workbook.createSheet("Báo cáo"), List.of(
                    row("SỞ NỘI VỤ"), row("Kỳ báo cáo: Quý I/2026"),
                    row("STT", "Mã chỉ tiêu", "Tử số", "Mẫu số", "Giá trị"),
                    row(1, "TTHC-05", 45, 50, null), row(2, "CDDH-04", null, null, 7)));
            fill(workbook.createSheet("Ký"), List.of(row("GIÁM ĐỐC"), row("Nguyễn Văn A")));
            write(workbook, file);
        }
        return file;
    }

    /** "STT" and "Đơn vị" merged over two header rows; the indicator codes under a merged "Kết quả" heading. */
    private static Path mergedTwoRowHeader(Path file) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Tổng hợp");
            fill(sheet, mergedRows());
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 2, 4));
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 2, 3));
            write(workbook, file);
        }
        return file;
    }

    private static Path mergedTwoRowHeaderGrid(Path file) throws IOException {
        return GridFiles.write(file, "Tổng hợp", mergedRows());
    }

    private static List<List<Object>> mergedRows() {
        return List.of(
                row("TỔNG HỢP KẾT QUẢ QUÝ I NĂM 2026"),
                row("STT", "Đơn vị", "Kết quả thực hiện", null, null),
                row(null, null, "TTHC-05", null, "TCC-01"),
                row(null, null, "Tử số", "Mẫu số", null),
                row("I", "KHỐI SỞ"),
                row(1, "Sở Nội vụ", 45, 50, "Có"),
                row("II", "KHỐI XÃ"),
                row(2, "Xã Đức Thọ", 30, 40, "Không"),
                row("Tổng cộng", null, 75, 90, null));
    }

    /** The table starts at column C after a blank column; blank rows between; a hidden row with stale data. */
    private static Path hiddenRowsAndSpacers(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("BC");
            fill(sheet, List.of(
                    row(null, null, "UBND XÃ ĐỨC THỌ"),
                    row(),
                    row(null, null, "Kỳ báo cáo:", "6 tháng đầu năm 2026"),
                    row(),
                    row(null, null, "STT", null, "Mã chỉ tiêu", null, "Giá trị"),
                    row(),
                    row(null, null, 1, null, "CDDH-04", null, 9),
                    row(null, null, 2, null, "CDDH-04", null, 3),
                    row(),
                    row(null, null, 3, null, "TTHC-06", null, "98,5%")));
            sheet.getRow(7).setZeroHeight(true);
            write(workbook, file);
        }
        return file;
    }

    private static List<List<Object>> totalsRomanNotes() {
        return List.of(
                row("BÁO CÁO TỔNG HỢP QUÝ I/2026"),
                row("STT", "Đơn vị", "Mã chỉ tiêu", "Tên chỉ tiêu", "Giá trị", "Ghi chú"),
                row("I", "KHỐI SỞ, BAN, NGÀNH"),
                row(1, "Sở Nội vụ", "TCC-01", "Công khai tài chính đúng quy định", "Có", "=HYPERLINK(\"http://x\")"),
                row(2, "Sở Nội vụ", "CDDH-04", "Số tin, bài", 7, "đăng trên cổng"),
                row("II", "KHỐI XÃ, PHƯỜNG"),
                row(3, "Xã Đức Thọ", "TCC-01", "Công khai tài chính đúng quy định", "Không", null),
                row("Tổng cộng", null, null, null, 7, null),
                row(null, null, null, "Hà Tĩnh, ngày 05 tháng 4 năm 2026"));
    }

    /** A long table typed as text: a header line, then XA-DUCTHO values, in a given charset and delimiter. */
    private static Path text(Path file, Charset charset, String delimiter, boolean byteOrderMark) throws IOException {
        String body = String.join("\r\n",
                String.join(delimiter, "Đơn vị báo cáo", "Kỳ báo cáo", "Mã chỉ tiêu", "Giá trị", "Ghi chú"),
                String.join(delimiter, "UBND xã Đức Thọ", "Quý I/2026", "TTHC-06", "99,5", "đúng hạn"),
                String.join(delimiter, "UBND xã Đức Thọ", "Quý I/2026", "TCC-01", "Có", "")) + "\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (byteOrderMark) {
            out.write(0xFF);
            out.write(0xFE);
        }
        out.write((charset.name().equals("windows-1258") ? windows1258Spelling(body) : body).getBytes(charset));
        return Files.write(file, out.toByteArray());
    }

    /** As Windows spells Vietnamese in code page 1258: â ê ô ơ ư ă precomposed, tone marks combining after them. */
    private static String windows1258Spelling(String text) {
        String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (i + 1 < decomposed.length() && "\u0302\u0306\u031B".indexOf(decomposed.charAt(i + 1)) >= 0) {
                out.append(java.text.Normalizer.normalize("" + c + decomposed.charAt(++i), java.text.Normalizer.Form.NFC));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- hostile

    private static final String LAUGHS = "<!DOCTYPE worksheet [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
            + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
            + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
            + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
            + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
            + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";

    /** A workbook whose SO-NOIVU text is a shared string (so the XXE case has a string to replace). */
    private static Path goodXlsx(Path dir) throws IOException {
        Path file = dir.resolve("goc.xlsx");
        return Files.exists(file) ? file : GridFiles.write(file, "BC", goodRows());
    }

    private static String secret(Path dir) throws IOException {
        return Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET").toAbsolutePath().toString();
    }

    /** sharedStrings.xml pulls a local file into a cell through an external entity. */
    private static Path externalEntity(Path dir, String name) throws IOException {
        String secret = secret(dir);
        return rewrite(goodXlsx(dir), dir.resolve(name), "xl/sharedStrings.xml",
                xml -> xml.replaceFirst("<sst", "<!DOCTYPE sst [<!ENTITY x SYSTEM \"file://" + secret + "\">]><sst")
                        .replace("SỞ NỘI VỤ", "&x;"));
    }

    private static Path zipBomb(Path dir, String name) throws IOException {
        String padding = " ".repeat(30 * 1024 * 1024);
        return rewrite(goodXlsx(dir), dir.resolve(name), "xl/worksheets/sheet1.xml",
                xml -> xml.replace("</worksheet>", "<!--" + padding + "--></worksheet>"));
    }

    private static Path truncated(Path source, Path target) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        return Files.write(target, Arrays.copyOf(bytes, bytes.length * 2 / 3));
    }

    /** Excel's owner file: a length byte, the user name padded with spaces, then the name again in UTF-16. */
    private static byte[] lockFileBytes() {
        byte[] bytes = new byte[165];
        Arrays.fill(bytes, (byte) 0x20);
        bytes[0] = 7;
        byte[] user = "ketoan1".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(user, 0, bytes, 1, user.length);
        return bytes;
    }

    private static Path docx(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    static Path rewrite(Path source, Path target, String entryName, java.util.function.UnaryOperator<String> change)
            throws IOException {
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
        return Files.write(target, buffer.toByteArray());
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static void fill(Sheet sheet, List<List<Object>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<Object> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (value != null) {
                    row.createCell(c).setCellValue(value.toString());
                }
            }
        }
    }

    private static void write(Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }
}
