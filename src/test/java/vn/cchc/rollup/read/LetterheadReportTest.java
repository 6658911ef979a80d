package vn.cchc.rollup.read;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.rollup.read.ReportParserLayoutTest.keys;
import static vn.cchc.rollup.testing.GridFiles.row;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.intake.ReasonCode;
import vn.cchc.rollup.intake.Reject;

/**
 * The hand-made report of issue 13 that gave no value: letterhead, period in the title, "Chỉ tiêu"
 * holding names (sometimes a code), "Kế hoạch" beside "Kết quả thực hiện" merged over three
 * sub-columns, Roman area rows, "Tổng cộng", a signature block, inline strings.
 */
class LetterheadReportTest {

    private static final List<Object> UPPER = row("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Kết quả thực hiện", null, null, "Ghi chú");
    private static final List<Object> LOWER = row(null, null, null, null, "Tử số", "Mẫu số", "Tỷ lệ / Giá trị", null);

    private final ReportParser parser = new ReportParser(PlanLoader.builtIn());

    @TempDir
    Path dir;

    private static List<List<Object>> body() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"));
        rows.add(row(1, "Số tin, bài về CCHC đăng trên Cổng/Trang thông tin điện tử", "Tin, bài", 6, null, null, 7, null));
        rows.add(row("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"));
        rows.add(row(2, "1. Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến (%)", "%", "80%", 45, 50, "90%", null));
        rows.add(row(3, "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn", "%", "> 99%", null, null, "99,5", "đúng hạn"));
        rows.add(row(4, "TTHC-07", "%", "95%", null, null, 96, null));
        rows.add(row("III", "TÀI CHÍNH CÔNG"));
        rows.add(row(5, "Công khai tài chính đúng quy định", "Có/Không", "Có", null, null, "Có", null));
        rows.add(row(null, "Tổng cộng", null, null, 45, 50, null, null));
        return rows;
    }

    @Test
    void aLetterheadReportWithAMergedResultHeadingGivesEveryValue() throws Exception {
        Path file = LetterheadReports.write(dir.resolve("bao-cao.xlsx"), "SỞ NỘI VỤ",
                "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2026", List.of(UPPER, LOWER), body());
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(sheet).contains("t=\"inlineStr\"");
        }

        ParsedReport report = parser.parse(file, "bao-cao.xlsx");

        assertThat(report.rejects()).isEmpty();
        assertThat(report.layout()).isEqualTo(Layout.TEMPLATE);
        assertThat(keys(report.facts())).containsExactly(
                "SO-NOIVU|2026-Q1|CDDH-04|||7",
                "SO-NOIVU|2026-Q1|TCC-01|||1",
                "SO-NOIVU|2026-Q1|TTHC-05|45|50|90",
                "SO-NOIVU|2026-Q1|TTHC-06|||99.5",
                "SO-NOIVU|2026-Q1|TTHC-07|||96");
        assertThat(report.facts()).filteredOn(f -> f.indicatorCode().equals("CDDH-04"))
                .extracting(f -> f.source().location()).containsExactly("Báo cáo!G10");
    }

    @Test
    void theTargetColumnIsNeverTakenForTheValue() throws Exception {
        // one header row: "Kế hoạch" and "Thực hiện kỳ báo cáo" side by side, upper case, a line break in a heading
        List<Object> header = row("TT", "NỘI DUNG", "ĐVT", "CHỈ TIÊU\nKẾ HOẠCH", "THỰC HIỆN\nKỲ BÁO CÁO", "GHI CHÚ");
        List<List<Object>> body = List.of(
                row(1, "Số tin, bài về CCHC đăng trên Cổng/Trang thông tin điện tử", "tin", 6, 8, null),
                row(2, "Công khai tài chính đúng quy định", null, "Có", "Không", null));
        Path file = LetterheadReports.write(dir.resolve("mot-dong.xlsx"), "UBND XÃ ĐỨC THỌ",
                "BÁO CÁO CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2026", List.of(header), body);

        ParsedReport report = parser.parse(file, "mot-dong.xlsx");

        assertThat(report.rejects()).isEmpty();
        assertThat(keys(report.facts())).containsExactly("XA-DUCTHO|2026-H1|CDDH-04|||8", "XA-DUCTHO|2026-H1|TCC-01|||0");
    }

    @Test
    void countAndRateSideBySideEachIndicatorTakesTheColumnOfItsUnit() throws Exception {
        List<Object> upper = row("TT", "Tên chỉ tiêu", "Kết quả thực hiện", null, "Ghi chú");
        List<Object> lower = row(null, null, "Số lượng", "Tỷ lệ (%)", null);
        List<List<Object>> body = List.of(
                row(1, "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", 450, 90, "450/500 hồ sơ"),
                row(2, "Số tin, bài về CCHC đăng trên Cổng/Trang thông tin điện tử", 8, null, null),
                row(3, "Tỷ lệ số hóa kết quả giải quyết TTHC", null, "75,5%", null));
        Path file = LetterheadReports.write(dir.resolve("so-luong-ty-le.xlsx"), "SỞ NỘI VỤ",
                "BÁO CÁO CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2026", List.of(upper, lower), body);

        ParsedReport report = parser.parse(file, "so-luong-ty-le.xlsx");

        assertThat(report.rejects()).isEmpty();
        assertThat(keys(report.facts())).containsExactly(
                "SO-NOIVU|2026-Q1|CDDH-04|||8", "SO-NOIVU|2026-Q1|TTHC-03|||75.5", "SO-NOIVU|2026-Q1|TTHC-05|||90");
    }

    @Test
    void aTableWhoseResultColumnIsNotRecognisedSaysWhatWasFoundAndWhatIsMissing() throws Exception {
        List<Object> header = row("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Quý này", "Lũy kế", "Ghi chú");
        List<List<Object>> body = List.of(
                row(1, "Số tin, bài về CCHC đăng trên Cổng/Trang thông tin điện tử", "tin", 6, 8, 8, null),
                row(2, "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "%", 80, 90, 88, null));
        Path file = LetterheadReports.write(dir.resolve("hai-cot-so.xlsx"), "SỞ NỘI VỤ",
                "BÁO CÁO CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2026", List.of(header), body);

        ParsedReport report = parser.parse(file, "hai-cot-so.xlsx");

        assertThat(report.facts()).isEmpty();
        assertThat(report.rejects()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(ReasonCode.UNSUPPORTED_FILE);
            assertThat(r.message()).isEqualTo("Không tìm thấy bảng số liệu: đã tìm thấy bảng ở dòng 7 (trang «Báo cáo»); "
                    + "không nhận ra cột kết quả (Kết quả, Thực hiện, Giá trị, Tỷ lệ, Số lượng, Tử số/Mẫu số): "
                    + "các cột là STT, Chỉ tiêu, Đơn vị tính, Kế hoạch, Quý này, Lũy kế, Ghi chú");
        });
    }

    @Test
    void theOnlyUnnamedColumnOfNumbersBesideTheIndicatorsIsTheResult() throws Exception {
        List<Object> header = row("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Quý I", "Ghi chú");
        List<List<Object>> body = List.of(
                row(1, "Số tin, bài về CCHC đăng trên Cổng/Trang thông tin điện tử", "tin", 6, 8, null),
                row(2, "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "%", 80, "90%", null));
        Path file = LetterheadReports.write(dir.resolve("mot-cot-so.xlsx"), "SỞ NỘI VỤ",
                "BÁO CÁO CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2026", List.of(header), body);

        ParsedReport report = parser.parse(file, "mot-cot-so.xlsx");

        assertThat(report.rejects()).isEmpty();
        assertThat(keys(report.facts())).containsExactly("SO-NOIVU|2026-Q1|CDDH-04|||8", "SO-NOIVU|2026-Q1|TTHC-05|||90");
    }

    @Test
    void anEmptyTableSaysWhereItIsAndWhichColumnsAreEmpty() throws Exception {
        List<List<Object>> body = List.of(
                row(1, "Số tin, bài về CCHC đăng trên Cổng/Trang thông tin điện tử", "tin", 6, null, null, null, null),
                row(2, "Công khai tài chính đúng quy định", "Có/Không", "Có", null, null, null, null));
        Path file = LetterheadReports.write(dir.resolve("trong.xlsx"), "SỞ NỘI VỤ",
                "BÁO CÁO CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2026", List.of(UPPER, LOWER), body);

        ParsedReport report = parser.parse(file, "trong.xlsx");

        assertThat(report.rejects()).extracting(Reject::message).singleElement().asString()
                .startsWith("Có bảng số liệu nhưng không có giá trị nào: đã tìm thấy bảng ở dòng 7–8 (trang «Báo cáo»)")
                .contains("Kết quả thực hiện / Tử số")
                .contains("các cột kết quả E, F, G không có ô nào có số liệu");
    }

    @Test
    void anUnknownOrAmbiguousNameIsRejectedNamingTheNearestIndicators() throws Exception {
        List<List<Object>> body = List.of(
                row(1, "Tỷ lệ văn bản QPPL thuộc lĩnh vực quản lý", "%", "100%", null, null, 100, null),
                row(2, "Tỷ lệ hồ sơ được số hóa khi tiếp nhận", "%", "100%", null, null, 40, null),
                row(3, "Công khai tài chính đúng quy định", "Có/Không", "Có", null, null, "Có", null));
        Path file = LetterheadReports.write(dir.resolve("ten-la.xlsx"), "SỞ NỘI VỤ",
                "BÁO CÁO CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2026", List.of(UPPER, LOWER), body);

        ParsedReport report = parser.parse(file, "ten-la.xlsx");

        assertThat(keys(report.facts())).containsExactly("SO-NOIVU|2026-Q1|TCC-01|||1");
        assertThat(report.rejects()).extracting(r -> r.reason() + "@" + r.source().location())
                .containsExactly("UNKNOWN_INDICATOR@Báo cáo!B9", "UNKNOWN_INDICATOR@Báo cáo!B10");
        assertThat(report.rejects().get(0).message()).contains("gần giống cả hai chỉ tiêu TC-0").contains("TC-02").contains("TC-03");
        assertThat(report.rejects().get(1).message()).contains("không có trong danh mục chỉ tiêu (gần nhất: ");
    }
}
