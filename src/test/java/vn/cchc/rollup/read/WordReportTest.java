package vn.cchc.rollup.read;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.rollup.testing.GridFiles.row;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.ReasonCode;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.task.TaskReportFile;
import vn.cchc.rollup.task.TaskReportReader;
import vn.cchc.rollup.testing.WordFiles;
import vn.cchc.rollup.testing.WordFiles.Noted;
import vn.cchc.rollup.testing.WordFiles.Revised;
import vn.cchc.rollup.testing.WordFiles.Span;

/** Word reports as agencies write them, built with POI, read to exact facts, rejects and task reports. */
class WordReportTest {

    private static final String LEFT = "UBND TỈNH HÀ TĨNH\nSỞ NỘI VỤ\n———\nSố: 123/BC-SNV";
    private static final String RIGHT = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            + "Hà Tĩnh, ngày 05 tháng 4 năm 2026";

    private final Plan plan = PlanLoader.builtIn();

    @TempDir
    Path dir;

    /** The report: letterhead table, title, narrative, appendix with a two-row merged header, recipients, signature. */
    private Path fullReport(String name) throws Exception {
        return WordFiles.document()
                .letterhead(LEFT, RIGHT)
                .paragraph("BÁO CÁO")
                .paragraph("Kết quả thực hiện công tác cải cách hành chính quý I năm 2026")
                .paragraph("Kính gửi: Ủy ban nhân dân tỉnh")
                .paragraph("I. KẾT QUẢ ĐẠT ĐƯỢC")
                .paragraph("Trong quý, Sở Nội vụ đã phối hợp với Sở Tư pháp rà soát 12 văn bản, ngày 15 tháng 3 năm 2026 tổ chức hội nghị.")
                .paragraph("II. PHƯƠNG HƯỚNG QUÝ II")
                .paragraph("Phụ lục")
                .paragraph("Biểu 01: Kết quả thực hiện các chỉ tiêu cải cách hành chính quý I năm 2026")
                .table(List.of(
                        row(new Span("STT", 1, 2), new Span("Mã chỉ tiêu", 1, 2), new Span("Tên chỉ tiêu", 1, 2),
                                new Span("Đơn vị tính", 1, 2), new Span("Chỉ tiêu kế hoạch", 1, 2),
                                new Span("Quý I/2026", 3, 1), null, null, new Span("Ghi chú", 1, 2)),
                        row(null, null, null, null, null, "Tử số", "Mẫu số", "Giá trị", null),
                        row("I", null, "Cải cách thủ tục hành chính", null, null, null, null, null, null),
                        row("1", "TTHC-05", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "%", "≥ 80%", "45", "50", null, null),
                        row("2", "TTHC-06", "Tỷ lệ hồ sơ TTHC được giải quyết trước hạn, đúng hạn", "%", "> 99%",
                                null, null, "99,5%", null),
                        row("3", "TTHC-07", "Mức độ hài lòng của người dân", "%", "≥ 95%", null, null,
                                new Noted("98,2", "Số liệu ước tính theo khảo sát"), null),
                        row("4", "TTHC-03", "Tỷ lệ số hóa kết quả giải quyết TTHC", "%", "100%", null, null, "97 (*)", null),
                        row("5", "CDDH-04", "Số tin, bài về CCHC", "tin, bài", "6", null, null, "7",
                                "đăng trên\u2028Cổng thông tin"),
                        row("6", "TCC-01", "Công khai tài chính đúng quy định", "Có/Không", "Có", null, null, "x", null),
                        row("7", "CQS-05", "Duy trì ISO 9001", "Có/Không", "Có", null, null, "Không", null),
                        row("8", "TC-01", "Tỷ lệ văn bản QPPL được tổ chức thực hiện kịp thời", "%", "100%", null, null,
                                new Revised("90", "92"), null),
                        row("9", "CV-01", "Tỷ lệ công chức được đào tạo", "%", "100%", null, null, null, null),
                        row("10", "TTHC-04", "Tỷ lệ TTHC đủ điều kiện cung cấp DVC toàn trình", "%", "100%", null, null,
                                "khoảng 90", null),
                        row("11", "TTHC-99", "Tỷ lệ hồ sơ được số hóa khi tiếp nhận", "%", "100%", "10", "20", null, null),
                        row(null, "Tổng cộng", null, null, null, "55", "70", null, null)))
                .paragraph("Trên đây là báo cáo kết quả thực hiện công tác CCHC quý I năm 2026 của Sở Nội vụ.")
                .letterhead("Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT, CCHC.", "GIÁM ĐỐC\n(đã ký)\nNguyễn Văn A")
                .save(dir.resolve(name));
    }

    @Test
    void appendixTableReadsToExactFactsWithTableAndCellAsSource() throws Exception {
        Path file = fullReport("bao-cao-quy-1.docx");

        ParsedReport report = new ReportParser(plan).parse(file, "bao-cao-quy-1.docx");

        assertThat(report.layout()).isEqualTo(Layout.TEMPLATE);
        assertThat(report.reportDate()).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(report.facts()).extracting(WordReportTest::describe).containsExactlyInAnyOrder(
                "SO-NOIVU|2026-Q1|TTHC-05|45|50|90||bảng 2, dòng 4, cột 6",
                "SO-NOIVU|2026-Q1|TTHC-06|||99.5||bảng 2, dòng 5, cột 8",
                "SO-NOIVU|2026-Q1|TTHC-07|||98.2||bảng 2, dòng 6, cột 8",
                "SO-NOIVU|2026-Q1|TTHC-03|||97||bảng 2, dòng 7, cột 8",
                "SO-NOIVU|2026-Q1|CDDH-04|||7|đăng trên Cổng thông tin|bảng 2, dòng 8, cột 8",
                "SO-NOIVU|2026-Q1|TCC-01|||1||bảng 2, dòng 9, cột 8",
                "SO-NOIVU|2026-Q1|CQS-05|||0||bảng 2, dòng 10, cột 8",
                "SO-NOIVU|2026-Q1|TC-01|||92||bảng 2, dòng 11, cột 8");
        assertThat(report.rejects()).extracting(r -> r.source().location() + " " + r.reason()).containsExactlyInAnyOrder(
                "bảng 2, dòng 13, cột 8 BAD_VALUE",
                "bảng 2, dòng 14, cột 2 UNKNOWN_INDICATOR");
    }

    @Test
    void rowsOfATableComeAfterTheHeadAndCaptionOfTheDocument() throws Exception {
        CollectingVisitor visitor = new CollectingVisitor();
        new DocxTableReader().read(fullReport("bc.docx"), visitor);

        // the letterhead and the signature block are layout, not sheets
        assertThat(visitor.sheets).containsExactly("bảng 2|false");
        List<String> lines = visitor.rows.stream().limit(12).map(r -> r.location(r.cells().get(0).column())
                + " " + r.cells().stream().map(RawCell::text).toList()).toList();
        assertThat(lines).containsExactly(
                "bảng 1, dòng 1, cột 1 [UBND TỈNH HÀ TĨNH, CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM]",
                "bảng 1, dòng 1, cột 1 [SỞ NỘI VỤ, Độc lập - Tự do - Hạnh phúc]",
                "bảng 1, dòng 1, cột 1 [———, Hà Tĩnh, ngày 05 tháng 4 năm 2026]",
                "bảng 1, dòng 1, cột 1 [Số: 123/BC-SNV]",
                "đoạn 1 [BÁO CÁO Kết quả thực hiện công tác cải cách hành chính quý I năm 2026]",
                "đoạn 3 [Kính gửi: Ủy ban nhân dân tỉnh]",
                "đoạn 4 [I. KẾT QUẢ ĐẠT ĐƯỢC]",
                "đoạn 5 [Trong quý, Sở Nội vụ đã phối hợp với Sở Tư pháp rà soát 12 văn bản, ngày 15 tháng 3 năm 2026 tổ chức hội nghị.]",
                "đoạn 6 [II. PHƯƠNG HƯỚNG QUÝ II]",
                "đoạn 7 [Phụ lục]",
                "đoạn 8 [Biểu 01: Kết quả thực hiện các chỉ tiêu cải cách hành chính quý I năm 2026]",
                "bảng 2, dòng 1, cột 1 [STT, Mã chỉ tiêu, Tên chỉ tiêu, Đơn vị tính, Chỉ tiêu kế hoạch, Quý I/2026, Ghi chú]");
        // merged cells stand in their first column and row, as in a spreadsheet
        RawRow header = visitor.rows.get(11);
        assertThat(header.cells()).extracting(RawCell::column).containsExactly(0, 1, 2, 3, 4, 5, 8);
        assertThat(visitor.rows.get(12).cells()).extracting(c -> c.column() + "=" + c.text())
                .containsExactly("5=Tử số", "6=Mẫu số", "7=Giá trị");
    }

    @Test
    void namesInsteadOfCodesAndResultColumnAsAgenciesWriteThem() throws Exception {
        Path file = WordFiles.document()
                .letterhead("UBND TỈNH HÀ TĨNH\nUBND XÃ ĐỨC THỌ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                        + "Độc lập - Tự do - Hạnh phúc\nĐức Thọ, ngày 02 tháng 7 năm 2026")
                .paragraph("BÁO CÁO")
                .paragraph("Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2026")
                .table(List.of(
                        row("STT", "Nội dung", "Đơn vị tính", "Kế hoạch", "Kết quả thực hiện", "Ghi chú"),
                        row("1", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "%", "80", "95,5%", null),
                        row("2", "Công khai tài chính đúng quy định", null, null, "Có", null),
                        row("3", "Số tin, bài về CCHC đăng trên Cổng/Trang thông tin điện tử", "tin", "12", "1.2", null)))
                .save(dir.resolve("xa-duc-tho.docx"));

        ParsedReport report = new ReportParser(plan).parse(file, "xa-duc-tho.docx");

        assertThat(report.facts()).extracting(WordReportTest::describe).containsExactlyInAnyOrder(
                "XA-DUCTHO|2026-H1|TTHC-05|||95.5||bảng 2, dòng 2, cột 5",
                "XA-DUCTHO|2026-H1|TCC-01|||1||bảng 2, dòng 3, cột 5");
        assertThat(report.rejects()).extracting(Reject::reason, r -> r.source().location())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReasonCode.BAD_VALUE, "bảng 2, dòng 4, cột 5"));
    }

    @Test
    void aCoveringLetterWithoutAnyTableOfFiguresIsNoRefusedReport() throws Exception {
        Path file = WordFiles.document()
                .letterhead(LEFT, RIGHT)
                .paragraph("V/v gửi báo cáo kết quả CCHC quý I năm 2026")
                .paragraph("Kính gửi: Sở Nội vụ")
                .paragraph("Sở Nội vụ gửi kèm theo công văn này báo cáo kết quả thực hiện công tác CCHC quý I năm 2026.")
                .letterhead("Nơi nhận:\n- Như trên;\n- Lưu: VT.", "GIÁM ĐỐC")
                .save(dir.resolve("Cong-van-kem-theo.docx"));

        ParsedReport report = new ReportParser(plan).parse(file, "Cong-van-kem-theo.docx");

        assertThat(report.facts()).isEmpty();
        assertThat(report.rejects()).isEmpty();
        assertThat(report.layout()).isNull();
    }

    @Test
    void aWideTableWithNoIndicatorIsStillRefusedAsNoReportTable() throws Exception {
        Path file = WordFiles.document()
                .paragraph("Danh sách cán bộ tham dự tập huấn")
                .table(List.of(row("STT", "Họ và tên", "Chức vụ"), row("1", "Nguyễn Văn A", "Chuyên viên")))
                .save(dir.resolve("danh-sach.docx"));

        ParsedReport report = new ReportParser(plan).parse(file, "danh-sach.docx");

        assertThat(report.rejects()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(ReasonCode.UNSUPPORTED_FILE);
            assertThat(r.message()).startsWith("Không tìm thấy bảng số liệu");
        });
    }

    @Test
    void aTaskTableFeedsTaskTrackingAlongTheIndicatorTable() throws Exception {
        Path file = WordFiles.document()
                .letterhead("UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Tĩnh, ngày 03 tháng 4 năm 2026")
                .paragraph("Mã đơn vị: SO-NGOAIVU")
                .paragraph("Kỳ báo cáo: Quý I/2026")
                .table(List.of(
                        row("STT", "Mã chỉ tiêu", "Tên chỉ tiêu", "Giá trị"),
                        row("1", "CDDH-04", "Số tin, bài về CCHC", "6")))
                .paragraph("Biểu 02: Tình hình thực hiện nhiệm vụ")
                .table(List.of(
                        row("Mã nhiệm vụ", "Nội dung", "Trạng thái", "Ngày hoàn thành", "Minh chứng"),
                        row("2.1", "Ban hành kế hoạch CCHC năm 2026", "Hoàn thành", "20/01/2026", "Kế hoạch số 5/KH-SNgV"),
                        row("2.2", "Ban hành kế hoạch CCHC giai đoạn 2026-2030", "Đang thực hiện", null, null)))
                .save(dir.resolve("so-ngoai-vu.docx"));

        TaskReportReader.Visitor tasks = new TaskReportReader(plan).visitor("so-ngoai-vu.docx");
        ParsedReport report = new ReportParser(plan).parse(file, "so-ngoai-vu.docx", tasks);
        TaskReportFile found = tasks.result();

        assertThat(report.facts()).extracting(WordReportTest::describe)
                .containsExactly("SO-NGOAIVU|2026-Q1|CDDH-04|||6||bảng 2, dòng 2, cột 4");
        assertThat(report.rejects()).isEmpty();
        assertThat(found.rejects()).isEmpty();
        assertThat(found.reports()).extracting(t -> t.agencyCode() + "|" + t.period().code() + "|" + t.taskCode() + "|"
                + t.progress() + "|" + t.completedOn() + "|" + t.source().location()).containsExactly(
                "SO-NGOAIVU|2026-Q1|2.1|DONE|2026-01-20|bảng 3, dòng 2, cột 1",
                "SO-NGOAIVU|2026-Q1|2.2|IN_PROGRESS|null|bảng 3, dòng 3, cột 1");
    }

    @Test
    void aTableNestedInACellIsATableOfItsOwn() throws Exception {
        Path file = WordFiles.document()
                .paragraph("SỞ TƯ PHÁP")
                .paragraph("BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU CCHC QUÝ II/2026")
                .table(List.of(
                        row("Phụ lục", new WordFiles.Nested("Biểu 01", List.of(
                                row("Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Giá trị"),
                                row("TTHC-06", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "99,8"))), "Ghi chú")))
                .save(dir.resolve("so-tu-phap.docx"));

        ParsedReport report = new ReportParser(plan).parse(file, "so-tu-phap.docx");

        assertThat(report.facts()).extracting(WordReportTest::describe)
                .containsExactly("SO-TUPHAP|2026-Q2|TTHC-06|||99.8||bảng 1.1, dòng 2, cột 4");
    }

    @Test
    void damagedAndForeignFilesAreRefusedWithAClearRequest() throws Exception {
        Path good = fullReport("goc.docx");
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("cat-do.docx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path textAsDoc = Files.writeString(dir.resolve("van-ban.doc"), "Báo cáo CCHC quý I");
        Path rtfAsDoc = Files.writeString(dir.resolve("rtf.doc"), "{\\rtf1\\ansi Báo cáo}");
        Path workbookAsDoc = Files.copy(vn.cchc.rollup.testing.GridFiles.write(dir.resolve("bang.xls"), "Báo cáo",
                List.of(row("Mã chỉ tiêu", "Giá trị"))), dir.resolve("bang.doc"));
        Path pdf = Files.writeString(dir.resolve("bao-cao.pdf"), "%PDF-1.4\n%%EOF\n");
        Path locked = XlsxTableReaderTest.encrypt(good, dir.resolve("mat-khau.docx"));

        ReportParser parser = new ReportParser(plan);
        assertThat(only(parser.parse(truncated, "cat-do.docx"))).isEqualTo("UNREADABLE_FILE Tệp Word bị hỏng hoặc không đầy đủ");
        assertThat(only(parser.parse(textAsDoc, "van-ban.doc"))).isEqualTo("UNREADABLE_FILE " + ReadFailures.OLD_WORD);
        assertThat(only(parser.parse(workbookAsDoc, "bang.doc"))).isEqualTo("UNREADABLE_FILE " + ReadFailures.OLD_WORD);
        assertThat(only(parser.parse(rtfAsDoc, "rtf.doc"))).startsWith("UNSUPPORTED_FILE Tệp định dạng RTF")
                .endsWith("lưu lại dưới dạng .docx rồi gửi lại");
        assertThat(only(parser.parse(locked, "mat-khau.docx"))).isEqualTo("UNREADABLE_FILE Tệp được bảo vệ bằng mật khẩu");
        assertThat(only(parser.parse(pdf, "bao-cao.pdf"))).isEqualTo("UNSUPPORTED_FILE Tệp PDF hoặc ảnh chụp không đọc được "
                + "số liệu: hãy gửi tệp Word (.docx) hoặc Excel (.xlsx) của báo cáo");
    }

    @Test
    void aCompressionBombInAWordDocumentIsRefused() throws Exception {
        Path good = fullReport("goc.docx");
        String padding = " ".repeat(20 * 1024 * 1024);
        Path bomb = MessyCorpusTest.rewrite(good, dir.resolve("bom.docx"), "word/document.xml",
                xml -> xml.replace("</w:document>", "<!--" + padding + "--></w:document>"));

        assertThat(only(new ReportParser(plan).parse(bomb, "bom.docx")))
                .isEqualTo("UNREADABLE_FILE " + ReadFailures.ZIP_BOMB_WORD);
    }

    /**
     * The table agencies write by hand ("Kết quả thực hiện" merged over "Tử số | Mẫu số | Tỷ lệ"), once
     * in Word and once in Excel with merged cells: the reader gets the same rows from both, and the
     * parser the same values and the same problems, whatever the layout recognition makes of them.
     */
    @Test
    void aWordTableReadsAsItsSpreadsheetTwin() throws Exception {
        List<List<Object>> table = List.of(
                row(new Span("STT", 1, 2), new Span("Chỉ tiêu", 1, 2), new Span("Đơn vị tính", 1, 2),
                        new Span("Kế hoạch", 1, 2), new Span("Kết quả thực hiện", 3, 1), null, null, new Span("Ghi chú", 1, 2)),
                row(null, null, null, null, "Tử số", "Mẫu số", "Tỷ lệ / Giá trị", null),
                row("I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", null, null, null, null, null, null),
                row("1", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "%", "80", "45", "50", "90", null),
                row("2", "Tỷ lệ hồ sơ TTHC được giải quyết trước hạn, đúng hạn", "%", "99", null, null, "99,5", null),
                row("3", "Công khai tài chính đúng quy định", "Có/Không", "Có", null, null, "Có", null),
                row(null, "Tổng cộng", null, null, "45", "50", null, null));
        Path docx = WordFiles.document()
                .paragraph("SỞ NỘI VỤ")
                .paragraph("BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2026")
                .paragraph("Hà Tĩnh, ngày 05 tháng 4 năm 2026")
                .table(table)
                .save(dir.resolve("bao-cao.docx"));
        Path xlsx = spreadsheetTwin(table, dir.resolve("bao-cao.xlsx"));

        CollectingVisitor word = new CollectingVisitor();
        new DocxTableReader().read(docx, word);
        CollectingVisitor excel = new CollectingVisitor();
        new XlsxTableReader().read(xlsx, excel);
        assertThat(cells(word.rows)).isEqualTo(cells(excel.rows));

        ParsedReport fromWord = new ReportParser(plan).parse(docx, "bao-cao.docx");
        ParsedReport fromExcel = new ReportParser(plan).parse(xlsx, "bao-cao.xlsx");
        assertThat(fromWord.facts()).extracting(f -> describe(f).replaceAll("\\|[^|]*$", ""))
                .isEqualTo(fromExcel.facts().stream().map(f -> describe(f).replaceAll("\\|[^|]*$", "")).toList());
        assertThat(fromWord.rejects()).extracting(r -> r.reason() + " " + r.message())
                .isEqualTo(fromExcel.rejects().stream().map(r -> r.reason() + " " + r.message()).toList());
        assertThat(fromWord.reportDate()).isEqualTo(fromExcel.reportDate()).isEqualTo(LocalDate.of(2026, 4, 5));
    }

    /** The rows as column=text, without the sheet and the way of addressing. */
    private static List<String> cells(List<RawRow> rows) {
        return rows.stream().map(r -> r.cells().stream().map(c -> c.column() + "=" + c.text()).toList().toString()).toList();
    }

    /** The document's three paragraphs in column A, then the table with its spans as merged regions; all cells text. */
    private static Path spreadsheetTwin(List<List<Object>> table, Path file) throws Exception {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = workbook.createSheet("Báo cáo");
            String[] head = {"SỞ NỘI VỤ", "BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2026",
                "Hà Tĩnh, ngày 05 tháng 4 năm 2026"};
            for (int r = 0; r < head.length; r++) {
                sheet.createRow(r).createCell(0).setCellValue(head[r]);
            }
            for (int r = 0; r < table.size(); r++) {
                var row = sheet.createRow(head.length + r);
                for (int c = 0; c < table.get(r).size(); c++) {
                    Object value = table.get(r).get(c);
                    if (value instanceof Span span) {
                        row.createCell(c).setCellValue(span.text());
                        sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(head.length + r,
                                head.length + r + span.rows() - 1, c, c + span.columns() - 1));
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private static String only(ParsedReport report) {
        assertThat(report.rejects()).hasSize(1);
        Reject reject = report.rejects().get(0);
        return reject.reason() + " " + reject.message();
    }

    static String describe(Fact f) {
        return String.join("|", f.agencyCode(), f.period().code(), f.indicatorCode(), plain(f.numerator()),
                plain(f.denominator()), plain(f.value()), f.note(), f.source().location());
    }

    private static String plain(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }
}
