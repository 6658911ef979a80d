package vn.cchc.rollup.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.rollup.testing.GridFiles.row;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.testing.GridFiles;

/** {@code check}: a dry run that prints what a file gives and stores nothing. */
class CheckCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aGoodReportPrintsEveryValueWithItsCellAndExitsZero() throws Exception {
        Path good = GridFiles.write(dir.resolve("Sở Nội vụ quý 1.xlsx"), "Báo cáo", goodReport());
        List<Path> before = listing();
        int code = run("check", good.toString(), "--input", dir.resolve("none").toString());
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(text).contains("== " + good)
                .contains("Dạng bảng: Mẫu báo cáo (một đơn vị)")
                .contains("Đơn vị: Sở Nội vụ (SO-NOIVU)")
                .contains("Kỳ báo cáo: Quý I/2026 (2026-Q1)")
                .contains("Ngày báo cáo: 05/04/2026")
                .contains("Số liệu sẽ nhận: 2")
                .contains("✓ Báo cáo!F6  SO-NOIVU  2026-Q1  TTHC-05 = 90 (45/50)")
                .contains("✓ Báo cáo!H7  SO-NOIVU  2026-Q1  CDDH-04 = 7")
                .contains("Lỗi: 0");
        // a dry run: no database, no output folder, nothing new next to the file
        assertThat(listing()).isEqualTo(before);
    }

    @Test
    void aFileWithNoValueAcceptedSaysSoWhereAgencyAndPeriodWouldStand() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("snv.csv"),
                "SỞ NỘI VỤ\nBÁO CÁO CCHC\nMã chỉ tiêu;Kết quả\nTTHC-05;90\n", StandardCharsets.UTF_8);
        int code = run("check", file.toString(), "--input", dir.resolve("none").toString());
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(1);
        assertThat(text).contains("Đơn vị: — (không có số liệu nào được nhận, xem lỗi bên dưới)")
                .contains("Kỳ báo cáo: — (không có số liệu nào được nhận, xem lỗi bên dưới)")
                .contains("[Không xác định được kỳ báo cáo]");
    }

    /** A file already dropped in reports/ is read with its folders, as the run will read it; elsewhere by its name. */
    @Test
    void aFileInTheReportsFolderIsReadWithItsFolders() throws Exception {
        String report = "BÁO CÁO CCHC QUÝ I/2026\nTT,Nội dung,Kết quả\n1,TTHC-05,90\n";
        Path inReports = Files.createDirectories(dir.resolve("input/reports/Xã Đức Thọ"));
        Path file = Files.writeString(inReports.resolve("bc.csv"), report, StandardCharsets.UTF_8);
        int code = run("check", file.toString(), "--input", dir.resolve("input").toString());
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đơn vị: Xã Đức Thọ (XA-DUCTHO)");

        out.reset();
        Path elsewhere = Files.createDirectories(dir.resolve("tai ve/Xã Đức Thọ"));
        Path copy = Files.writeString(elsewhere.resolve("bc.csv"), report, StandardCharsets.UTF_8);
        assertThat(run("check", copy.toString(), "--input", dir.resolve("input").toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("[Không xác định được đơn vị]");
    }

    @Test
    void problemsArePrintedAndTheExitCodeIsOne() throws Exception {
        List<List<Object>> rows = goodReport();
        rows.add(row(3, "CQS-02", null, null, null, null, null, 150, null));
        Path bad = GridFiles.write(dir.resolve("loi.csv"), null, rows);
        Path empty = Files.write(dir.resolve("rong.xlsx"), new byte[0]);
        Path good = GridFiles.write(dir.resolve("tot.xlsx"), "Báo cáo", goodReport());
        int code = run("check", good.toString(), bad.toString(), empty.toString(), dir.resolve("khong-co.xlsx").toString());
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(1);
        assertThat(text).contains("✗ dòng 8, cột H  [Giá trị ngoài phạm vi cho phép] Tỷ lệ 150% nằm ngoài khoảng 0–100%")
                .contains("== " + empty + "\n   Tệp bị từ chối:\n   ✗ [Không đọc được tệp] Tệp rỗng (0 byte): hãy gửi lại tệp báo cáo")
                .contains("khong-co.xlsx\n   Lỗi: không có tệp này");
    }

    @Test
    void explainShowsTheHeaderEachColumnsRoleWhereAgencyAndPeriodStandAndTheNearestIndicators() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("UBND TỈNH HÀ TĨNH"));
        rows.add(row("SỞ NỘI VỤ"));
        rows.add(row("BÁO CÁO KẾT QUẢ CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2026"));
        rows.add(row("STT", "Chỉ tiêu", "Kế hoạch", "Kết quả thực hiện", null, null));
        rows.add(row(null, null, null, "Tử số", "Mẫu số", "Tỷ lệ / Giá trị"));
        rows.add(row(1, "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "80%", 45, 50, null));
        rows.add(row(2, "Tỷ lệ hồ sơ được số hóa khi tiếp nhận", "100%", null, null, 40));
        Path file = GridFiles.write(dir.resolve("bao-cao.xlsx"), "BC", rows);

        int code = run("check", file.toString(), "--explain", "--input", dir.resolve("none").toString());
        String text = out.toString(StandardCharsets.UTF_8);

        assertThat(code).isEqualTo(1);
        assertThat(text).contains("✓ BC!D6  SO-NOIVU  2026-Q1  TTHC-05 = 90 (45/50)")
                .contains("Cách đọc:")
                .contains("Trang «BC»: Mẫu báo cáo (một đơn vị), tiêu đề bảng ở dòng 4–5")
                .contains("cột B «Chỉ tiêu» → tên chỉ tiêu: tiêu đề «Chỉ tiêu»")
                .contains("cột C «Kế hoạch» → chỉ tiêu kế hoạch: tiêu đề «Kế hoạch»")
                .contains("cột D «Kết quả thực hiện / Tử số» → tử số: tiêu đề «Kết quả thực hiện / Tử số»")
                .contains("cột F «Kết quả thực hiện / Tỷ lệ / Giá trị» → kết quả")
                .contains("Đơn vị: «SỞ NỘI VỤ» (tên cơ quan ở đầu văn bản, ô BC!A2)")
                .contains("Kỳ báo cáo: «BÁO CÁO KẾT QUẢ CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2026» (tiêu đề, ô BC!A3)")
                .containsPattern("BC!B7 «Tỷ lệ hồ sơ được số hóa khi tiếp nhận» không khớp chỉ tiêu nào; gần nhất: "
                        + "[A-Z]+-\\d\\d «[^»]+» \\(0,\\d\\d\\); [A-Z]+-\\d\\d «");
    }

    @Test
    void usage() {
        assertThat(run("check")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cần ít nhất một tệp báo cáo");
        assertThat(run("check", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Không lưu gì vào cơ sở dữ liệu");
        out.reset();
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("check      kiểm tra thử");
    }

    @Test
    void aWordReportFromTheWordFormIsCheckedCellByCellAndACoveringLetterIsCalm() throws Exception {
        Path forms = dir.resolve("mau");
        assertThat(run("template", "--agency", "SO-NOIVU", "--period", "Quý I/2026", "--format", "docx",
                "--output", forms.toString())).isZero();
        Path form = forms.resolve("Mau-bao-cao-SO-NOIVU-2026-Q1.docx");
        Path report = dir.resolve("so-noi-vu.docx");
        try (var in = Files.newInputStream(form); var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            for (var row : document.getTables().get(1).getRows()) {
                if (row.getTableCells().size() > 1 && row.getCell(1).getText().equals("TTHC-05")) {
                    row.getCell(5).setText("45");
                    row.getCell(6).setText("50");
                }
            }
            try (var file = Files.newOutputStream(report)) {
                document.write(file);
            }
        }
        Path letter = vn.cchc.rollup.testing.WordFiles.document()
                .letterhead("UBND TỈNH HÀ TĨNH\nSỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .paragraph("Kính gửi: Văn phòng UBND tỉnh")
                .save(dir.resolve("cong-van.docx"));
        out.reset();

        int code = run("check", report.toString(), letter.toString());

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(text).isZero();
        assertThat(text).contains("Đơn vị: Sở Nội vụ (SO-NOIVU)")
                .contains("Kỳ báo cáo: Quý I/2026 (2026-Q1)")
                .contains("Số liệu sẽ nhận: 1")
                .containsPattern("✓ bảng 2, dòng \\d+, cột 6  SO-NOIVU  2026-Q1  TTHC-05 = 90 \\(45/50\\)")
                .contains("== " + letter + "\n   Văn bản không có bảng số liệu (công văn, thuyết minh): không có số liệu để nhận, không phải lỗi");
    }

    private int run(String... args) {
        return Cli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<Path> listing() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.sorted().toList();
        }
    }

    private static List<List<Object>> goodReport() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("SỞ NỘI VỤ"));
        rows.add(row("Hà Tĩnh, ngày 05 tháng 4 năm 2026"));
        rows.add(row("Mã đơn vị:", null, "SO-NOIVU"));
        rows.add(row("Kỳ báo cáo:", null, "Quý I/2026"));
        rows.add(row("STT", "Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Chỉ tiêu kế hoạch", "Tử số", "Mẫu số", "Giá trị", "Ghi chú"));
        rows.add(row(1, "TTHC-05", null, null, null, 45, 50, null, null));
        rows.add(row(2, "CDDH-04", null, null, null, null, null, 7, null));
        return rows;
    }
}
