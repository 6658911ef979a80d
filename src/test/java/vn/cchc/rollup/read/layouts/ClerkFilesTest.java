package vn.cchc.rollup.read.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.intake.ReasonCode;
import vn.cchc.rollup.read.ParsedReport;
import vn.cchc.rollup.read.ReportParser;
import vn.cchc.rollup.read.layouts.ClerkSheet.Formula;
import vn.cchc.rollup.read.layouts.ClerkSheet.Percent;

/**
 * Reports typed by hand the way a tired clerk does, each built cell by cell with POI (not by the
 * generator), each with the exact facts it holds. Fact keys: agency|period|indicator|tử số|mẫu số|value.
 */
@Tag("layouts")
class ClerkFilesTest {

    private static final String CDDH_02 = "Tỷ lệ nhiệm vụ trong Kế hoạch CCHC năm hoàn thành đúng hạn";
    private static final String CDDH_04 = "Số tin, bài về CCHC đăng trên Cổng/Trang thông tin điện tử";
    private static final String TC_01 = "Tỷ lệ văn bản QPPL của Trung ương, của tỉnh được tổ chức thực hiện kịp thời";
    private static final String TTHC_01 = "Tỷ lệ thủ tục hành chính nội bộ được rà soát, công bố, công khai";
    private static final String TTHC_03 = "Tỷ lệ số hóa kết quả giải quyết TTHC";
    private static final String TTHC_04 = "Tỷ lệ TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình";
    private static final String TTHC_05 = "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến";
    private static final String TTHC_06 = "Tỷ lệ hồ sơ TTHC được giải quyết trước hạn, đúng hạn";
    private static final String TTHC_07 = "Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC";
    private static final String CV_01 = "Tỷ lệ công chức, viên chức được cử đào tạo, bồi dưỡng theo kế hoạch";
    private static final String CV_03 = "Tỷ lệ cán bộ, công chức, viên chức được bồi dưỡng kiến thức, kỹ năng số";
    private static final String TCC_01 = "Công khai tài chính đúng quy định";
    private static final String CQS_02 = "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng";
    private static final String CQS_04 = "Tỷ lệ cán bộ, công chức, viên chức được cấp chữ ký số cá nhân";
    private static final String CQS_05 = "Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015";

    private final ReportParser parser = new ReportParser(PlanLoader.builtIn());

    @TempDir
    Path dir;

    /** The issue's letterhead report: inline strings, no code column, merged result group, Roman rows, total, signature. */
    @Test
    void letterheadReportOfTheIssue() throws Exception {
        Workbook book = new SXSSFWorkbook();
        ClerkSheet s = new ClerkSheet(book, "Sheet1");
        s.put("A1", "UBND TỈNH HÀ TĨNH").merge("A1:C1").put("D1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").merge("D1:H1");
        s.put("A2", "SỞ NỘI VỤ").merge("A2:C2").put("D2", "Độc lập - Tự do - Hạnh phúc").merge("D2:H2");
        s.put("A3", "Số: 112/BC-SNV").merge("A3:C3").put("D3", "Hà Tĩnh, ngày 03 tháng 4 năm 2026").merge("D3:H3");
        s.put("A5", "BÁO CÁO").merge("A5:H5");
        s.put("A6", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2026").merge("A6:H6");
        s.put("A8", "STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Kết quả thực hiện", null, null, "Ghi chú");
        s.merge("A8:A9").merge("B8:B9").merge("C8:C9").merge("D8:D9").merge("E8:G8").merge("H8:H9");
        s.put("E9", "Tử số", "Mẫu số", "Tỷ lệ / Giá trị");
        s.put("A10", "I", "Công tác chỉ đạo điều hành cải cách hành chính");
        s.put("A11", "1", CDDH_02, "%", "100%", 18, 20, "90%", "");
        s.put("A12", "2", CDDH_04, "Tin, bài", "02 tin/tháng", null, null, "7", "Đăng trên Trang TTĐT của Sở");
        s.put("A13", "II", "Cải cách thủ tục hành chính");
        s.put("A14", "3", "TTHC-05", "%", "≥ 80%", 45, 50, "90%");
        s.put("A15", "4", TTHC_06, "%", "> 99%", null, null, "99,5%");
        s.put("A16", "5", TTHC_07, "%", "≥ 95%", null, null, "96,2");
        s.put("A17", "III", "Cải cách tài chính công");
        s.put("A18", "6", TCC_01, "Có/Không", "Có", null, null, "Có");
        s.put("A19", "IV", "Xây dựng và phát triển chính quyền điện tử, chính quyền số");
        s.put("A20", "7", CQS_04, "%", "100%", 58, 58, "100%");
        s.put("A21", "8", CQS_05, "Có/Không", "Có", null, null, "Có");
        s.put("A22", "Tổng cộng").merge("A22:D22").put("E22", 121, 128);
        s.put("A24", "Nơi nhận:").put("E24", "GIÁM ĐỐC").merge("E24:H24");
        s.put("A25", "- UBND tỉnh (b/c);").put("E25", "(Đã ký)").merge("E25:H25");
        s.put("A26", "- Lưu: VT, VP.").put("E28", "Nguyễn Văn Hùng").merge("E28:H28");
        Path file = ClerkSheet.save(book, dir.resolve("bao-cao-cchc.xlsx"));
        assertInlineStrings(file);
        assertReads(file, "bao-cao-cchc.xlsx",
                "SO-NOIVU|2026-Q1|CDDH-02|18|20|90",
                "SO-NOIVU|2026-Q1|CDDH-04|||7",
                "SO-NOIVU|2026-Q1|TTHC-05|45|50|90",
                "SO-NOIVU|2026-Q1|TTHC-06|||99.5",
                "SO-NOIVU|2026-Q1|TTHC-07|||96.2",
                "SO-NOIVU|2026-Q1|TCC-01|||1",
                "SO-NOIVU|2026-Q1|CQS-04|58|58|100",
                "SO-NOIVU|2026-Q1|CQS-05|||1");
    }

    /** The wide table of the issue: one row per commune, one naming "Cam Xuyen" without diacritics or "xã". */
    @Test
    void wideTableNamingCamXuyen() throws Exception {
        Workbook book = new XSSFWorkbook();
        ClerkSheet s = new ClerkSheet(book, "Tong hop");
        s.put("A1", "BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CCHC QUÝ I/2026").merge("A1:F1");
        s.put("A3", "STT", "Đơn vị", "TTHC-05", "TTHC-06", "CDDH-04", "TCC-01");
        s.put("A4", 1, "Cam Xuyen", "90%", 99.5, 7, "Có");
        s.put("A5", 2, "UBND xã Đức Thọ", "75%", 100, 5, "Không");
        s.put("A6", 3, "Thien Cam", new Percent(0.825), 98, 6, "Có");
        s.put("A7", null, "Tổng cộng", null, null, 18);
        Path file = ClerkSheet.save(book, dir.resolve("tong-hop-xa.xlsx"));
        assertReads(file, "tong-hop-xa.xlsx",
                "XA-CAMXUYEN|2026-Q1|TTHC-05|||90",
                "XA-CAMXUYEN|2026-Q1|TTHC-06|||99.5",
                "XA-CAMXUYEN|2026-Q1|CDDH-04|||7",
                "XA-CAMXUYEN|2026-Q1|TCC-01|||1",
                "XA-DUCTHO|2026-Q1|TTHC-05|||75",
                "XA-DUCTHO|2026-Q1|TTHC-06|||100",
                "XA-DUCTHO|2026-Q1|CDDH-04|||5",
                "XA-DUCTHO|2026-Q1|TCC-01|||0",
                "XA-THIENCAM|2026-Q1|TTHC-05|||82.5",
                "XA-THIENCAM|2026-Q1|TTHC-06|||98",
                "XA-THIENCAM|2026-Q1|CDDH-04|||6",
                "XA-THIENCAM|2026-Q1|TCC-01|||1");
    }

    /** Stray and non-breaking spaces everywhere: around names, inside headers, before the % sign. */
    @Test
    void straySpaces() throws Exception {
        Workbook book = new XSSFWorkbook();
        ClerkSheet s = new ClerkSheet(book, "Báo cáo ");
        s.put("A1", "  Đơn vị báo cáo :   UBND xã  Kim Hoa ");
        s.put("A2", "Kỳ báo cáo :  Quý  II / 2026");
        s.put("A4", " STT", "Tên chỉ tiêu ", "Đơn vị\u00a0tính", " Kế hoạch", "Kết quả  thực hiện ", "Ghi chú");
        s.put("A5", "1", "  " + TTHC_05 + "  ", "%", "≥ 80 %", "85,5\u00a0%");
        s.put("A6", "2", TTHC_06.replace("hồ sơ", "hồ  sơ"), " % ", "> 99 %", " 99,1 ");
        s.put("A7", "3", " " + CDDH_04, "Tin, bài", "02 tin/tháng", " 6 ");
        s.put("A8", "4", TCC_01 + " ", "Có/Không", "Có", " Có ");
        Path file = ClerkSheet.save(book, dir.resolve("bc kim hoa.xlsx"));
        assertReads(file, "bc kim hoa.xlsx",
                "XA-KIMHOA|2026-Q2|TTHC-05|||85.5",
                "XA-KIMHOA|2026-Q2|TTHC-06|||99.1",
                "XA-KIMHOA|2026-Q2|CDDH-04|||6",
                "XA-KIMHOA|2026-Q2|TCC-01|||1");
    }

    /** Percents typed the English way with a space before the sign: "95.5 %", "87.25%", "100 %". */
    @Test
    void percentTypedWithADecimalPoint() throws Exception {
        Workbook book = new XSSFWorkbook();
        ClerkSheet s = new ClerkSheet(book, "BC");
        s.put("A1", "UBND TỈNH HÀ TĨNH").merge("A1:B1");
        s.put("A2", "SỞ TƯ PHÁP").merge("A2:B2");
        s.put("A4", "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU CCHC 6 THÁNG ĐẦU NĂM 2026").merge("A4:E4");
        s.put("A6", "TT", "Nội dung", "Kế hoạch", "Thực hiện", "Ghi chú");
        s.put("A7", 1, TTHC_05, "80%", "95.5 %");
        s.put("A8", 2, TTHC_06, "99%", "100 %");
        s.put("A9", 3, CV_01, "100%", "87.25%");
        s.put("A10", 4, CQS_02, "100%", "92.8 %");
        Path file = ClerkSheet.save(book, dir.resolve("stp-6thang.xlsx"));
        assertReads(file, "stp-6thang.xlsx",
                "SO-TUPHAP|2026-H1|TTHC-05|||95.5",
                "SO-TUPHAP|2026-H1|TTHC-06|||100",
                "SO-TUPHAP|2026-H1|CV-01|||87.25",
                "SO-TUPHAP|2026-H1|CQS-02|||92.8");
    }

    /** The title typed into one tall merged cell over two rows with a line break, the agency in a merged row. */
    @Test
    void mergedTitleRows() throws Exception {
        Workbook book = new XSSFWorkbook();
        ClerkSheet s = new ClerkSheet(book, "Sheet1");
        s.put("A1", "BÁO CÁO\nKẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH 9 THÁNG NĂM 2026").merge("A1:F2");
        s.put("A3", "Đơn vị: Sở Tài chính").merge("A3:F3");
        s.put("A5", "STT", "Mã chỉ tiêu", "Tên chỉ tiêu", "ĐVT", "Chỉ tiêu kế hoạch", "Kết quả");
        s.put("A6", 1, "TC-01", TC_01, "%", 100, 100);
        s.put("A7", 2, "TTHC-03", TTHC_03, "%", 100, 76.4);
        s.put("A8", 3, "CV-03", CV_03, "%", 100, 64);
        s.put("A9", 4, "CDDH-04", CDDH_04, "Tin, bài", 18, 21);
        Path file = ClerkSheet.save(book, dir.resolve("STC.xlsx"));
        assertReads(file, "STC.xlsx",
                "SO-TAICHINH|2026-9M|TC-01|||100",
                "SO-TAICHINH|2026-9M|TTHC-03|||76.4",
                "SO-TAICHINH|2026-9M|CV-03|||64",
                "SO-TAICHINH|2026-9M|CDDH-04|||21");
    }

    /** A hidden helper column of numbers between the target and the result: the result is what shows. */
    @Test
    void hiddenHelperColumn() throws Exception {
        Workbook book = new XSSFWorkbook();
        ClerkSheet s = new ClerkSheet(book, "Quý I-2026");
        s.put("A1", "ỦY BAN NHÂN DÂN").merge("A1:B1");
        s.put("A2", "XÃ HƯƠNG KHÊ").merge("A2:B2");
        s.put("A4", "STT", "Chỉ tiêu", "ĐVT", "KH", "Cột phụ", "Kết quả thực hiện", "Ghi chú");
        s.put("A5", 1, TTHC_04, "%", "100%", 4, 88.9);
        s.put("A6", 2, TTHC_05, "%", "80%", 4, 81);
        s.put("A7", 3, CQS_04, "%", "100%", 4, 97.5);
        s.put("A8", 4, CQS_05, "Có/Không", "Có", 4, "Không", "Đang triển khai");
        s.hide("E");
        Path file = ClerkSheet.save(book, dir.resolve("huong khe.xlsx"));
        assertReads(file, "huong khe.xlsx",
                "XA-HUONGKHE|2026-Q1|TTHC-04|||88.9",
                "XA-HUONGKHE|2026-Q1|TTHC-05|||81",
                "XA-HUONGKHE|2026-Q1|CQS-04|||97.5",
                "XA-HUONGKHE|2026-Q1|CQS-05|||0");
    }

    /** Rates computed by formulas (=E7/F7*100) and a =SUM total: the cached values are the figures. */
    @Test
    void formulasWithCachedValues() throws Exception {
        Workbook book = new XSSFWorkbook();
        ClerkSheet s = new ClerkSheet(book, "Bieu 1");
        s.put("A1", "Đơn vị báo cáo:", "Sở Y tế");
        s.put("A2", "Kỳ báo cáo:", "Quý III/2026");
        s.put("A4", "STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Tử số", "Mẫu số", "Tỷ lệ (%)");
        s.put("A5", 1, TTHC_05, "%", "≥ 80%", 412, 500, new Formula("E5/F5*100"));
        s.put("A6", 2, TTHC_06, "%", "> 99%", 499, 500, new Formula("E6/F6*100"));
        s.put("A7", 3, TTHC_01, "%", "100%", 12, 12, new Formula("E7/F7*100"));
        s.put("A8", null, "Tổng cộng", null, null, new Formula("SUM(E5:E7)"), new Formula("SUM(F5:F7)"),
                new Formula("E8/F8*100"));
        Path file = ClerkSheet.save(book, dir.resolve("syt-q3.xlsx"));
        assertReads(file, "syt-q3.xlsx",
                "SO-YTE|2026-Q3|TTHC-05|412|500|82.4",
                "SO-YTE|2026-Q3|TTHC-06|499|500|99.8",
                "SO-YTE|2026-Q3|TTHC-01|12|12|100");
    }

    /** An old .xls of a commune: two header rows, "Nội dung", "Thực hiện kỳ báo cáo", period in the sheet name. */
    @Test
    void legacyXlsOfACommune() throws Exception {
        Workbook book = new HSSFWorkbook();
        ClerkSheet s = new ClerkSheet(book, "Quy II-2026");
        s.put("A1", "UBND TỈNH HÀ TĨNH").merge("A1:C1").put("D1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").merge("D1:G1");
        s.put("A2", "UBND XÃ KỲ ANH").merge("A2:C2").put("D2", "Độc lập - Tự do - Hạnh phúc").merge("D2:G2");
        s.put("A4", "TT", "Nội dung", "ĐVT", "Kế hoạch năm", "Thực hiện kỳ báo cáo", null, "Ghi chú");
        s.merge("A4:A5").merge("B4:B5").merge("C4:C5").merge("D4:D5").merge("E4:F4").merge("G4:G5");
        s.put("E5", "Số lượng", "Tỷ lệ (%)");
        s.put("A6", "1", "a) " + CDDH_02, "%", "100%", null, 85);
        s.put("A7", "2", "b) " + CDDH_04, "tin, bài", "24", 8, null);
        s.put("A8", "3", "c) " + TTHC_07, "%", "95%", null, 97.3);
        s.put("A9", "4", "d) " + TCC_01, "", "Có", "x", null);
        Path file = ClerkSheet.save(book, dir.resolve("kyanh.xls"));
        assertReads(file, "kyanh.xls",
                "XA-KYANH|2026-Q2|CDDH-02|||85",
                "XA-KYANH|2026-Q2|CDDH-04|||8",
                "XA-KYANH|2026-Q2|TTHC-07|||97.3",
                "XA-KYANH|2026-Q2|TCC-01|||1");
    }

    /** Rows left blank or marked "-" are not reported: no fact, and no error either. */
    @Test
    void blankAndDashRowsAreNotReported() throws Exception {
        Workbook book = new XSSFWorkbook();
        ClerkSheet s = new ClerkSheet(book, "Báo cáo");
        s.put("A1", "Đơn vị báo cáo: Phường Thành Sen");
        s.put("A2", "Kỳ báo cáo: Năm 2026");
        s.put("A4", "STT", "Chỉ tiêu", "Kế hoạch", "Kết quả", "Ghi chú");
        s.put("A5", 1, TTHC_03, "100%", "98,7");
        s.put("A6", 2, TTHC_04, "100%", "-", "Không phát sinh");
        s.put("A7");
        s.put("A8", 3, CV_01, "100%", null, "Chưa tổng hợp");
        s.put("A9", 4, CQS_02, "100%", "95");
        Path file = ClerkSheet.save(book, dir.resolve("thanh sen nam 2026.xlsx"));
        assertReads(file, "thanh sen nam 2026.xlsx",
                "PH-THANHSEN|2026|TTHC-03|||98.7",
                "PH-THANHSEN|2026|CQS-02|||95");
    }

    /** A Mac export: every text in decomposed form (NFD), labels included. */
    @Test
    void decomposedTextFromAMac() throws Exception {
        Workbook book = new XSSFWorkbook();
        ClerkSheet s = new ClerkSheet(book, nfd("Báo cáo"));
        s.put("A1", nfd("Đơn vị báo cáo: Sở Xây dựng"));
        s.put("A2", nfd("Kỳ báo cáo: Quý I năm 2026"));
        s.put("A4", nfd("STT"), nfd("Tên chỉ tiêu"), nfd("Đơn vị tính"), nfd("Mục tiêu"), nfd("Kết quả"));
        s.put("A5", 1, nfd(TTHC_05), "%", nfd("≥ 80%"), nfd("83,3"));
        s.put("A6", 2, nfd(CV_03), "%", "100%", nfd("91,0"));
        s.put("A7", 3, nfd(TCC_01), nfd("Có/Không"), nfd("Có"), nfd("Có"));
        Path file = ClerkSheet.save(book, dir.resolve("sxd.xlsx"));
        assertReads(file, "sxd.xlsx",
                "SO-XAYDUNG|2026-Q1|TTHC-05|||83.3",
                "SO-XAYDUNG|2026-Q1|CV-03|||91",
                "SO-XAYDUNG|2026-Q1|TCC-01|||1");
    }

    /** Target after the result, both as percent-formatted cells: the last number is the target, not the value. */
    @Test
    void targetAfterResultInPercentCells() throws Exception {
        Workbook book = new XSSFWorkbook();
        ClerkSheet s = new ClerkSheet(book, "Sheet1");
        s.put("A1", "STT", "Chỉ tiêu", "ĐVT", "Kết quả", "Mục tiêu");
        s.put("A2", 1, TTHC_05, "%", new Percent(0.955), new Percent(0.8));
        s.put("A3", 2, TTHC_06, "%", new Percent(0.987), new Percent(0.99));
        s.put("A4", 3, CQS_04, "%", new Percent(1.0), new Percent(1.0));
        s.put("A5", 4, CDDH_04, "Tin, bài", 20, 18);
        Path file = ClerkSheet.save(book, dir.resolve("SXD 9 thang 2026.xlsx"));
        assertReads(file, "SXD 9 thang 2026.xlsx",
                "SO-XAYDUNG|2026-9M|TTHC-05|||95.5",
                "SO-XAYDUNG|2026-9M|TTHC-06|||98.7",
                "SO-XAYDUNG|2026-9M|CQS-04|||100",
                "SO-XAYDUNG|2026-9M|CDDH-04|||20");
    }

    /** The issue's file name "skhcn_q1_2026.xlsx" alone names agency and period; headers broken over two lines. */
    @Test
    void fileNameCarriesAgencyAndPeriod() throws Exception {
        Workbook book = new XSSFWorkbook();
        ClerkSheet s = new ClerkSheet(book, "Sheet1");
        s.put("A1", "KẾT QUẢ THỰC HIỆN CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH").merge("A1:E1");
        s.put("A3", "STT", "Tên\nchỉ tiêu", "Chỉ tiêu\nkế hoạch", "Kết quả\nthực hiện", "Ghi\nchú");
        s.put("A4", "1.", "1. " + TTHC_02(), "100%", "100", "");
        s.put("A5", "2.", "2. " + CV_01, "100%", "66,7", "");
        s.put("A6", "3.", "3. " + TTHC_06, "> 99%", "99,6", "");
        Path file = ClerkSheet.save(book, dir.resolve("skhcn_q1_2026.xlsx"));
        assertReads(file, "skhcn_q1_2026.xlsx",
                "SO-KHCN|2026-Q1|TTHC-02|||100",
                "SO-KHCN|2026-Q1|CV-01|||66.7",
                "SO-KHCN|2026-Q1|TTHC-06|||99.6");
    }

    /** "VP UBND 9 thang.xlsx": the office's abbreviation in the file name, the year only in the title. */
    @Test
    void officeAbbreviationInFileNameYearInTitle() throws Exception {
        Workbook book = new XSSFWorkbook();
        ClerkSheet s = new ClerkSheet(book, "9 thang");
        s.put("A1", "BÁO CÁO CCHC 9 THÁNG NĂM 2026").merge("A1:F1");
        s.put("A3", "STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Kết quả", "Ghi chú");
        s.put("A4", "I", "CẢI CÁCH THỂ CHẾ");
        s.put("A5", 1, "- " + TC_01, "%", "100%", "100%");
        s.put("A6", "II", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ");
        s.put("A7", 2, "- " + CV_03, "%", "100%", "72,5%");
        s.put("A8", 3, "- " + CV_01, "%", "100%", "90%");
        s.put("A10", "Người lập biểu").put("E10", "CHÁNH VĂN PHÒNG");
        s.put("A13", "Lê Thị Hoa").put("E13", "Phan Văn Đức");
        Path file = ClerkSheet.save(book, dir.resolve("VP UBND 9 thang.xlsx"));
        assertReads(file, "VP UBND 9 thang.xlsx",
                "VP-UBND|2026-9M|TC-01|||100",
                "VP-UBND|2026-9M|CV-03|||72.5",
                "VP-UBND|2026-9M|CV-01|||90");
    }

    /** The recipient list names the Sở Nội vụ; the report is the Sở Y tế's, as its letterhead says. */
    @Test
    void recipientListNamesAnotherAgency() throws Exception {
        Workbook book = new XSSFWorkbook();
        ClerkSheet s = new ClerkSheet(book, "Sheet1");
        s.put("A1", "UBND TỈNH HÀ TĨNH").merge("A1:B1").put("C1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").merge("C1:E1");
        s.put("A2", "SỞ Y TẾ").merge("A2:B2").put("C2", "Độc lập - Tự do - Hạnh phúc").merge("C2:E2");
        s.put("A4", "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH QUÝ II NĂM 2026").merge("A4:E4");
        s.put("A6", "STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Kết quả");
        s.put("A7", 1, TTHC_05, "%", "≥ 80%", "92,4");
        s.put("A8", 2, CQS_02, "%", "100%", "98");
        s.put("A10", "Nơi nhận:").put("D10", "KT. GIÁM ĐỐC").merge("D10:E10");
        s.put("A11", "- Sở Nội vụ (để tổng hợp);").put("D11", "PHÓ GIÁM ĐỐC").merge("D11:E11");
        s.put("A12", "- Văn phòng UBND tỉnh;");
        s.put("A13", "- Lưu: VT, VP.").put("D14", "Hoàng Văn Nam").merge("D14:E14");
        Path file = ClerkSheet.save(book, dir.resolve("bc-cchc-quy2.xlsx"));
        assertReads(file, "bc-cchc-quy2.xlsx",
                "SO-YTE|2026-Q2|TTHC-05|||92.4",
                "SO-YTE|2026-Q2|CQS-02|||98");
    }

    /** A row for something the plan does not have is rejected alone, naming it; the other rows give their facts. */
    @Test
    void rowOutsideThePlanIsRejectedAlone() throws Exception {
        Workbook book = new XSSFWorkbook();
        ClerkSheet s = new ClerkSheet(book, "Bao cao");
        s.put("A1", "Đơn vị báo cáo: UBND xã Can Lộc");
        s.put("A2", "Kỳ báo cáo: Quý I/2026");
        s.put("A4", "STT", "Nội dung", "Kế hoạch", "Kết quả thực hiện");
        s.put("A5", 1, TTHC_06, "> 99%", "100");
        s.put("A6", 2, "Tỷ lệ hộ gia đình sử dụng nước sạch", "90%", "93,5");
        s.put("A7", 3, CDDH_04, "02 tin/tháng", "6");
        Path file = ClerkSheet.save(book, dir.resolve("can loc.xlsx"));
        ParsedReport parsed = parser.parse(file, "can loc.xlsx");
        assertThat(parsed.facts().stream().map(ExpectedFact::key).sorted().toList()).as(parsed.rejects().toString())
                .containsExactly("XA-CANLOC|2026-Q1|CDDH-04|||6", "XA-CANLOC|2026-Q1|TTHC-06|||100");
        assertThat(parsed.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.reason()).isEqualTo(ReasonCode.UNKNOWN_INDICATOR);
            assertThat(reject.message()).contains("nước sạch");
            assertThat(reject.source().location()).contains("6");
        });
    }

    /**
     * Figures typed as a clerk says them: a count with its unit ("06 tin, bài"), rates as "so many of so
     * many" ("45/50 hồ sơ", "1.150 / 1.200", "58/58 (100%)"); words that are not the unit, a ratio above one
     * and a percent that does not match its ratio are rejected with their cells.
     */
    @Test
    void figuresTypedWithTheirWords() throws Exception {
        Workbook book = new HSSFWorkbook();
        ClerkSheet s = new ClerkSheet(book, "Sheet1");
        s.put("A1", "UBND XÃ THẠCH HÀ");
        s.put("A2", "BÁO CÁO KẾT QUẢ THỰC HIỆN CCHC 6 THÁNG ĐẦU NĂM 2026");
        s.put("A4", "TT", "Nội dung", "Kết quả", "Ghi chú");
        s.put("A5", "1", CDDH_04, "06 tin, bài", "");
        s.put("A6", "2", TTHC_06, "45/50 hồ sơ", "5 hồ sơ trễ hạn");
        s.put("A7", "3", TTHC_05, "1.150 / 1.200", "");
        s.put("A8", "4", CQS_04, "58/58 (100%)", "");
        s.put("A9", "5", TTHC_03, "37/40 = 92,5%", "");
        s.put("A10", "6", CV_01, "6 người", "");
        s.put("A11", "7", CV_03, "52/50", "");
        s.put("A12", "8", TTHC_04, "45/50 (95%)", "");
        s.put("A13", "9", TTHC_01, "31/3/2026", "");
        s.put("A14", "10", TTHC_07, "Đạt 96,2%", "");
        s.put("A15", "11", TTHC_02(), "92% (46/50)", "");
        Path file = ClerkSheet.save(book, dir.resolve("thach ha 6 thang.xls"));
        ParsedReport parsed = parser.parse(file, "thach ha 6 thang.xls");
        assertThat(parsed.facts().stream().map(ExpectedFact::key).sorted().toList()).as(parsed.rejects().toString())
                .containsExactly(
                        "XA-THACHHA|2026-H1|CDDH-04|||6",
                        "XA-THACHHA|2026-H1|CQS-04|58|58|100",
                        "XA-THACHHA|2026-H1|TTHC-02|46|50|92",
                        "XA-THACHHA|2026-H1|TTHC-03|37|40|92.5",
                        "XA-THACHHA|2026-H1|TTHC-05|1150|1200|95.83333333333333",
                        "XA-THACHHA|2026-H1|TTHC-06|45|50|90",
                        "XA-THACHHA|2026-H1|TTHC-07|||96.2");
        assertThat(rejectLines(parsed))
                .containsExactly(
                        "Sheet1!C10 BAD_VALUE \"6 người\" không phải là số",
                        "Sheet1!C11 INCONSISTENT Tử số (52) lớn hơn mẫu số (50)",
                        "Sheet1!C12 INCONSISTENT Giá trị 95% không khớp tử số/mẫu số 45/50 = 90%",
                        "Sheet1!C13 BAD_VALUE \"31/3/2026\" không phải là số");
    }

    /**
     * A half-year report that puts the quarters beside the half year under one merged "Kết quả thực hiện":
     * the "6 tháng" column is the report's; a row blank there gives nothing, whatever its quarters hold.
     */
    @Test
    void quartersBesideTheHalfYear() throws Exception {
        Workbook book = new XSSFWorkbook();
        ClerkSheet s = new ClerkSheet(book, "BC 6 thang");
        s.put("A1", "UBND TỈNH HÀ TĨNH").put("A2", "SỞ TƯ PHÁP");
        s.put("A4", "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU CCHC 6 THÁNG ĐẦU NĂM 2026").merge("A4:G4");
        s.put("A6", "STT", "Chỉ tiêu", "Kế hoạch", "Kết quả thực hiện", null, null, "Ghi chú");
        s.merge("A6:A7").merge("B6:B7").merge("C6:C7").merge("D6:F6").merge("G6:G7");
        s.put("D7", "Quý I", "Quý II", "6 tháng");
        s.put("A8", 1, TTHC_06, "> 99%", new Percent(0.98), new Percent(1.0), new Percent(0.991));
        s.put("A9", 2, TTHC_05, "≥ 80%", "70%", "90%", "80,5%");
        s.put("A10", 3, CDDH_04, "02 tin/tháng", 5, 7, 12);
        s.put("A11", 4, TC_01, "100%", "100%", "100%", null, "Chưa tổng hợp");
        Path file = ClerkSheet.save(book, dir.resolve("stp 6 thang.xlsx"));
        assertReads(file, "stp 6 thang.xlsx",
                "SO-TUPHAP|2026-H1|TTHC-06|||99.1",
                "SO-TUPHAP|2026-H1|TTHC-05|||80.5",
                "SO-TUPHAP|2026-H1|CDDH-04|||12");
    }

    /** "Kết quả Quý I/2026" and "Kết quả Quý II/2026" side by side in a second-quarter CSV: the second is read. */
    @Test
    void twoResultColumnsNamedByTheirQuarters() throws Exception {
        Path file = csv("snv-quy2.csv",
                "SỞ NỘI VỤ",
                "Kỳ báo cáo: Quý II/2026",
                "Mã chỉ tiêu;Kết quả Quý I/2026;Kết quả Quý II/2026",
                "TTHC-05;45/50;47/50",
                "CDDH-04;6 tin;8 tin");
        assertReads(file, "snv-quy2.csv",
                "SO-NOIVU|2026-Q2|TTHC-05|47|50|94",
                "SO-NOIVU|2026-Q2|CDDH-04|||8");
    }

    /** Columns of other periods only: each row is rejected with its cell, naming the columns and the report's period. */
    @Test
    void noColumnForTheReportsPeriod() throws Exception {
        Workbook book = new XSSFWorkbook();
        ClerkSheet s = new ClerkSheet(book, "Sheet1");
        s.put("A1", "UBND XÃ CẨM XUYÊN");
        s.put("A2", "BÁO CÁO CCHC QUÝ III NĂM 2026");
        s.put("A4", "TT", "Nội dung", "Quý I", "Quý II");
        s.put("A5", 1, TTHC_06, 98, 99.5);
        s.put("A6", 2, TTHC_05, null, 85);
        Path file = ClerkSheet.save(book, dir.resolve("cam xuyen q3.xlsx"));
        ParsedReport parsed = parser.parse(file, "cam xuyen q3.xlsx");
        assertThat(parsed.facts()).isEmpty();
        assertThat(rejectLines(parsed))
                .containsExactly(
                        "Sheet1!C5 UNKNOWN_PERIOD Các cột kết quả ghi theo kỳ («Quý I», «Quý II») không có cột nào của kỳ báo cáo Quý III/2026",
                        "Sheet1!D6 UNKNOWN_PERIOD Các cột kết quả ghi theo kỳ («Quý I», «Quý II») không có cột nào của kỳ báo cáo Quý III/2026");
    }

    /**
     * One commune's figures laid out across: a column per indicator, rows labelled "Kế hoạch", "Thực hiện",
     * "Điểm tự chấm", no agency column: the agency is the letterhead's, and only the "Thực hiện" row is read.
     */
    @Test
    void oneAgencysFiguresAcrossTheSheet() throws Exception {
        Workbook book = new XSSFWorkbook();
        ClerkSheet s = new ClerkSheet(book, "Sheet1");
        s.put("A1", "UBND HUYỆN CẨM XUYÊN").put("A2", "UBND XÃ THIÊN CẦM");
        s.put("A4", "KẾT QUẢ THỰC HIỆN CHỈ TIÊU CCHC QUÝ II NĂM 2026").merge("A4:E4");
        s.put("A6", "Nội dung", "TTHC-05", "TTHC-06", CDDH_04, "TCC-01");
        s.put("A7", "Kế hoạch", "≥ 80%", "> 99%", "02 tin/tháng", "Có");
        s.put("A8", "Thực hiện", new Percent(0.865), 99.4, "7 tin", "Có");
        s.put("A9", "Điểm tự chấm", 4, 4, 3, 2);
        s.put("A11", "Người lập biểu").put("D11", "CHỦ TỊCH");
        Path file = ClerkSheet.save(book, dir.resolve("thien cam quy 2.xlsx"));
        assertReads(file, "thien cam quy 2.xlsx",
                "XA-THIENCAM|2026-Q2|TTHC-05|||86.5",
                "XA-THIENCAM|2026-Q2|TTHC-06|||99.4",
                "XA-THIENCAM|2026-Q2|CDDH-04|||7",
                "XA-THIENCAM|2026-Q2|TCC-01|||1");
    }

    /** The same across a row numbered "1" under "STT", in a CSV whose agency no place names: each value is rejected, none dropped. */
    @Test
    void oneRowAcrossWithNoAgencyAnywhereIsRejectedValueByValue() throws Exception {
        Path file = csv("bao cao quy 1.csv",
                "BÁO CÁO CCHC QUÝ I NĂM 2026",
                "STT,TTHC-05,TTHC-06",
                "1,90,99.5");
        ParsedReport parsed = parser.parse(file, "bao cao quy 1.csv");
        assertThat(parsed.facts()).isEmpty();
        assertThat(parsed.rejects()).hasSize(2).allSatisfy(r -> assertThat(r.reason()).isEqualTo(ReasonCode.UNKNOWN_AGENCY));
    }

    /** Across with a column of place names the plan does not know: not one agency's figures; the file is not read. */
    @Test
    void rowsNamedByUnknownPlacesAreNotTakenForOneAgency() throws Exception {
        Path file = csv("tong hop.csv",
                "SỞ NỘI VỤ",
                "BÁO CÁO CCHC QUÝ I NĂM 2026",
                "Địa phương;TTHC-05;TTHC-06",
                "Vùng Lạ;90;99",
                "Bản Khác;80;98");
        ParsedReport parsed = parser.parse(file, "tong hop.csv");
        assertThat(parsed.facts()).isEmpty();
        assertThat(parsed.rejects()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(ReasonCode.UNSUPPORTED_FILE);
            assertThat(r.message()).contains("cột đơn vị");
        });
    }

    /** "Tiêu chí" for the indicators, "Chỉ số đạt được" for the results, "Kỳ:" for the period; "Ký tên:" names no period. */
    @Test
    void criteriaAndAShortPeriodLabel() throws Exception {
        Path file = csv("syt.csv",
                "Tên đơn vị: Sở Y tế",
                "Kỳ: Quý I/2026",
                "TT;Tiêu chí;Chỉ số đạt được;Ghi chú",
                "1;" + TTHC_05 + ";90;",
                "2;" + TTHC_06 + ";99,2;",
                "Ký tên: Nguyễn Văn An");
        assertReads(file, "syt.csv",
                "SO-YTE|2026-Q1|TTHC-05|||90",
                "SO-YTE|2026-Q1|TTHC-06|||99.2");
    }

    /** A title without its period and, under it, the data's window in dates: the window names the half year. */
    @Test
    void theDataWindowUnderTheTitleNamesThePeriod() throws Exception {
        Path file = csv("syt-bao-cao.csv",
                "SỞ Y TẾ",
                "BÁO CÁO KẾT QUẢ CẢI CÁCH HÀNH CHÍNH",
                "(Số liệu tính từ ngày 15/12/2025 đến ngày 14/6/2026)",
                "Mã chỉ tiêu;Kết quả",
                "TTHC-05;90");
        assertReads(file, "syt-bao-cao.csv", "SO-YTE|2026-H1|TTHC-05|||90");
    }

    /** A long table consolidated by hand: each commune's name merged down over its rows, an area heading inside the merge. */
    @Test
    void agencyMergedDownOverItsRows() throws Exception {
        for (Workbook book : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
            ClerkSheet s = new ClerkSheet(book, "Tong hop");
            s.put("A1", "TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CCHC QUÝ II NĂM 2026").merge("A1:E1");
            s.put("A3", "STT", "Đơn vị", "Chỉ tiêu", "Kết quả", "Ghi chú");
            s.put("A4", 1, "UBND xã Đức Thọ", TTHC_05, 85.5).merge("B4:B7");
            s.put("A5", "II", null, "Cải cách tài chính công");
            s.put("A6", null, null, TCC_01, "Đã thực hiện");
            s.put("A7", null, null, CDDH_04, "6 tin");
            s.put("A8", 2, "UBND xã Đức Đồng", TTHC_05, 90).merge("B8:B9");
            s.put("A9", null, null, TTHC_06, 98.7);
            String name = book instanceof HSSFWorkbook ? "tong hop.xls" : "tong hop.xlsx";
            Path file = ClerkSheet.save(book, dir.resolve(name));
            assertReads(file, name,
                    "XA-DUCTHO|2026-Q2|TTHC-05|||85.5",
                    "XA-DUCTHO|2026-Q2|TCC-01|||1",
                    "XA-DUCTHO|2026-Q2|CDDH-04|||6",
                    "XA-DUCDONG|2026-Q2|TTHC-05|||90",
                    "XA-DUCDONG|2026-Q2|TTHC-06|||98.7");
        }
    }

    /** The agency written once on a row of its own above its indicators, and a period written once for its agencies. */
    @Test
    void agencyAndPeriodWrittenOnceForTheirRows() throws Exception {
        Path file = csv("tong hop 6 thang.csv",
                "STT;Đơn vị / Chỉ tiêu;Kỳ;Mã chỉ tiêu;Kết quả",
                "1;Sở Tư pháp;;;",
                ";;Quý I/2026;TTHC-05;90",
                ";;;TTHC-06;99",
                ";;Quý II/2026;TTHC-05;93",
                "2;Sở Nội vụ;Quý I/2026;TTHC-05;91",
                ";;;TTHC-06;98,5");
        assertReads(file, "tong hop 6 thang.csv",
                "SO-TUPHAP|2026-Q1|TTHC-05|||90",
                "SO-TUPHAP|2026-Q1|TTHC-06|||99",
                "SO-TUPHAP|2026-Q2|TTHC-05|||93",
                "SO-NOIVU|2026-Q1|TTHC-05|||91",
                "SO-NOIVU|2026-Q1|TTHC-06|||98.5");
    }

    /**
     * A blank agency on a row whose indicator its group has already reported is another agency the clerk left
     * out: that row is rejected at its blank cell, not added to the group above; a name the plan does not know
     * above indicator rows ends the group.
     */
    @Test
    void aBlankAgencyRepeatingTheGroupsIndicatorIsRejected() throws Exception {
        Path file = csv("tong hop.csv",
                "TỔNG HỢP SỐ LIỆU CCHC QUÝ I NĂM 2026",
                "Đơn vị,Mã chỉ tiêu,Kết quả",
                "Xã Đức Thọ,TTHC-05,\"85,5\"",
                ",TTHC-06,99",
                ",TTHC-05,80",
                "Tổ công tác số 2,,",
                ",TTHC-06,97");
        ParsedReport parsed = parser.parse(file, "tong hop.csv");
        assertThat(parsed.facts().stream().map(ExpectedFact::key).toList())
                .containsExactly("XA-DUCTHO|2026-Q1|TTHC-05|||85.5", "XA-DUCTHO|2026-Q1|TTHC-06|||99");
        assertThat(rejectLines(parsed)).hasSize(2).allSatisfy(line -> assertThat(line).contains("UNKNOWN_AGENCY Ô đơn vị để trống"));
        assertThat(parsed.rejects().stream().map(r -> r.source().location()).toList())
                .containsExactly("dòng 5, cột A", "dòng 7, cột A");
    }

    /**
     * A Sở's consolidation typed the other way round: a row per indicator, a column per agency under a merged
     * "Kết quả thực hiện", the target and unit beside, a "Tổng cộng" column and an area heading; percent cells.
     */
    @Test
    void aColumnPerAgency() throws Exception {
        Workbook book = new XSSFWorkbook();
        ClerkSheet s = new ClerkSheet(book, "Quy II");
        s.put("A1", "SỞ NỘI VỤ").merge("A1:C1");
        s.put("A3", "BÁO CÁO TỔNG HỢP KẾT QUẢ CCHC QUÝ II NĂM 2026").merge("A3:H3");
        s.put("A5", "STT", "Nội dung", "ĐVT", "Kế hoạch", "Kết quả thực hiện", null, null, "Tổng cộng").merge("E5:G5");
        s.put("E6", "Sở Tư pháp", "Sở Y tế", "Văn phòng UBND tỉnh");
        s.merge("A5:A6").merge("B5:B6").merge("C5:C6").merge("D5:D6").merge("H5:H6");
        s.put("A7", "I", "Cải cách thủ tục hành chính");
        s.put("A8", 1, TTHC_05, "%", "≥ 80%", new Percent(0.923), new Percent(0.88), new Percent(0.951));
        s.put("A9", 2, CDDH_04, "tin", 6, 7, 5, 9, 21);
        s.put("A10", 3, TCC_01, null, "Có", "Có", "Đã thực hiện", "Không");
        s.put("B12", "NGƯỜI LẬP BIỂU");
        Path file = ClerkSheet.save(book, dir.resolve("tong hop quy 2.xlsx"));
        assertReads(file, "tong hop quy 2.xlsx",
                "SO-TUPHAP|2026-Q2|TTHC-05|||92.3", "SO-YTE|2026-Q2|TTHC-05|||88", "VP-UBND|2026-Q2|TTHC-05|||95.1",
                "SO-TUPHAP|2026-Q2|CDDH-04|||7", "SO-YTE|2026-Q2|CDDH-04|||5", "VP-UBND|2026-Q2|CDDH-04|||9",
                "SO-TUPHAP|2026-Q2|TCC-01|||1", "SO-YTE|2026-Q2|TCC-01|||1", "VP-UBND|2026-Q2|TCC-01|||0");
    }

    /** A column group per agency over "Tử số | Mẫu số | Tỷ lệ", in a CSV; a blank group gives nothing for that agency. */
    @Test
    void ratioColumnsPerAgency() throws Exception {
        Path file = csv("phuong.csv",
                "TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CCHC 6 THÁNG ĐẦU NĂM 2026",
                "STT,Chỉ tiêu,Phường Thành Sen,,,P. Trần Phú,,",
                ",,Tử số,Mẫu số,Tỷ lệ,Tử số,Mẫu số,Tỷ lệ",
                "1," + TTHC_05 + ",450,500,90%,300,400,75%",
                "2,\"" + TTHC_06 + "\",498,500,\"99,6%\",,,");
        assertReads(file, "phuong.csv",
                "PH-THANHSEN|2026-H1|TTHC-05|450|500|90",
                "PH-TRANPHU|2026-H1|TTHC-05|300|400|75",
                "PH-THANHSEN|2026-H1|TTHC-06|498|500|99.6");
    }

    /** Agencies by their codes across the top, indicators by code down the side; an unknown code is rejected where it stands, once for its row. */
    @Test
    void agencyCodesAcrossIndicatorCodesDown() throws Exception {
        Path file = csv("q1.csv",
                "Kỳ báo cáo: Quý I/2026;;;",
                "Mã chỉ tiêu;SO-NOIVU;SO-TUPHAP;XA-DUCTHO",
                "TTHC-05;90;85;70",
                "TTHC-99;99;98,5;100");
        ParsedReport parsed = parser.parse(file, "q1.csv");
        assertThat(parsed.layout()).isEqualTo(vn.cchc.rollup.read.Layout.ACROSS_AGENCIES);
        assertThat(parsed.facts().stream().map(ExpectedFact::key).toList()).containsExactlyInAnyOrder(
                "SO-NOIVU|2026-Q1|TTHC-05|||90", "SO-TUPHAP|2026-Q1|TTHC-05|||85", "XA-DUCTHO|2026-Q1|TTHC-05|||70");
        assertThat(rejectLines(parsed)).containsExactly("dòng 4, cột A UNKNOWN_INDICATOR Chỉ tiêu \"TTHC-99\" không có "
                + "trong danh mục chỉ tiêu (3 số liệu bị loại)");
    }

    /**
     * A half-year report keeping its quarters: "Kết quả thực hiện" over a group per period, each over "Tử số | Mẫu
     * số"; the agency after "Đơn vị:". The half year's group is read; a row blank there reports nothing.
     */
    @Test
    void ratioGroupsPerPeriod() throws Exception {
        Path file = csv("stp 6 thang.csv",
                "Đơn vị: Sở Tư pháp,,,,,,,,",
                "Kỳ báo cáo: 6 tháng đầu năm 2026,,,,,,,,",
                "STT,Chỉ tiêu,Kết quả thực hiện,,,,,,",
                ",,Quý I/2026,,Quý II/2026,,6 tháng đầu năm 2026,,",
                ",,Tử số,Mẫu số,Tử số,Mẫu số,Tử số,Mẫu số,Ghi chú",
                "1," + TTHC_05 + ",45,50,47,50,92,100,",
                "2,\"" + TTHC_06 + "\",50,50,49,50,,,chưa tổng hợp");
        assertReads(file, "stp 6 thang.csv", "SO-TUPHAP|2026-H1|TTHC-05|92|100|92");
    }

    /**
     * Rates counted in people, times or offices ("100% (45/45 người)", "120/130 lượt"), words the indicator's name
     * does not use, are still tử số / mẫu số; a count of people for a rate ("6 người") and a figure with a
     * comparison ("Trên 80%") are not.
     */
    @Test
    void ratesCountedInPeopleOrTimes() throws Exception {
        Path file = csv("syt.csv",
                "Đơn vị báo cáo: Sở Y tế",
                "Kỳ báo cáo: Quý I/2026",
                "TT;Nội dung;Kết quả",
                "1;" + CQS_04 + ";100% (45/45 người)",
                "2;" + CQS_02 + ";120/130 lượt",
                "3;" + CV_01 + ";6 người",
                "4;" + TTHC_03 + ";Trên 80%");
        ParsedReport parsed = parser.parse(file, "syt.csv");
        assertThat(parsed.facts().stream().map(ExpectedFact::key).sorted().toList()).containsExactly(
                "SO-YTE|2026-Q1|CQS-02|120|130|92.30769230769231", "SO-YTE|2026-Q1|CQS-04|45|45|100");
        assertThat(rejectLines(parsed)).containsExactly(
                "dòng 6, cột C BAD_VALUE \"6 người\" không phải là số",
                "dòng 7, cột C BAD_VALUE \"Trên 80%\" không phải là số");
    }

    /**
     * Long names typed over two rows by a clerk who does not know Alt+Enter: the value on the second row (its words
     * alone name nothing, joined they do) or on the first; a numbered row is never joined to the one above.
     */
    @Test
    void namesTypedOverTwoRows() throws Exception {
        Workbook book = new HSSFWorkbook();
        ClerkSheet s = new ClerkSheet(book, "Sheet1");
        s.put("A1", "Đơn vị báo cáo: Sở Y tế");
        s.put("A2", "Kỳ báo cáo: Quý I/2026");
        s.put("A4", "STT", "Nội dung", "Kết quả", "Ghi chú");
        s.put("A5", 1, "Tỷ lệ cán bộ, công chức, viên chức được");
        s.put("A6", null, "cấp chữ ký số cá nhân", 100);
        s.put("A7", 2, "Tỷ lệ hồ sơ TTHC được giải quyết trước hạn,", 99.2);
        s.put("A8", null, "đúng hạn");
        s.put("A9", 3, TTHC_03);
        s.put("A10", 4, "đúng hạn", 75);
        Path file = ClerkSheet.save(book, dir.resolve("syt.xls"));
        ParsedReport parsed = parser.parse(file, "syt.xls");
        assertThat(parsed.facts().stream().map(ExpectedFact::key).sorted().toList())
                .containsExactly("SO-YTE|2026-Q1|CQS-04|||100", "SO-YTE|2026-Q1|TTHC-06|||99.2");
        assertThat(rejectLines(parsed)).singleElement().asString().startsWith("Sheet1!B10 UNKNOWN_INDICATOR");
    }

    /**
     * A wide table with two rows per commune, "Kế hoạch" above "Thực hiện", the commune's name merged down over
     * both: the results are read, the targets never (they were read as the results, silently). A row of figures
     * with no agency and none above it to stand for is rejected at its blank cell, not dropped.
     */
    @Test
    void wideTableWithATargetRowAboveEachResultRow() throws Exception {
        Workbook book = new XSSFWorkbook();
        ClerkSheet s = new ClerkSheet(book, "TH");
        s.put("A1", "BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CCHC QUÝ I/2026").merge("A1:E1");
        s.put("A3", "STT", "Đơn vị", "Nội dung", "TTHC-05", "TTHC-06");
        s.put("A4", 1, "UBND xã Đức Thọ", "Kế hoạch", 80, 99).merge("A4:A5").merge("B4:B5");
        s.put("C5", "Thực hiện", 85, 99.5);
        s.put("A6", 2, "UBND xã Đức Đồng", "Kế hoạch", 80, 99).merge("A6:A7").merge("B6:B7");
        s.put("C7", "Thực hiện", 78.2, 100);
        s.put("A8", 3, null, "Thực hiện", 90, 97);
        Path file = ClerkSheet.save(book, dir.resolve("tong hop xa.xlsx"));
        ParsedReport parsed = parser.parse(file, "tong hop xa.xlsx");
        assertThat(parsed.facts().stream().map(ExpectedFact::key).sorted().toList()).containsExactly(
                "XA-DUCDONG|2026-Q1|TTHC-05|||78.2", "XA-DUCDONG|2026-Q1|TTHC-06|||100",
                "XA-DUCTHO|2026-Q1|TTHC-05|||85", "XA-DUCTHO|2026-Q1|TTHC-06|||99.5");
        assertThat(rejectLines(parsed)).singleElement().asString()
                .startsWith("TH!B8 UNKNOWN_AGENCY Ô đơn vị để trống").endsWith("(2 số liệu bị loại)");
    }

    /**
     * "KH | TH" (kế hoạch, thực hiện) under each indicator of a wide table: the TH column is the result; the KH
     * column was read as the result, silently, for "TH" was not known as a heading.
     */
    @Test
    void planAndDoneAbbreviatedUnderEachIndicator() throws Exception {
        Workbook book = new XSSFWorkbook();
        ClerkSheet s = new ClerkSheet(book, "TH");
        s.put("A1", "BẢNG TỔNG HỢP KẾT QUẢ CCHC QUÝ I/2026");
        s.put("A3", "STT", "Đơn vị", "TTHC-05", null, "TTHC-06").merge("C3:D3").merge("E3:F3").merge("A3:A4").merge("B3:B4");
        s.put("C4", "KH", "TH", "KH", "TH");
        s.put("A5", 1, "Xã Đức Thọ", 80, 85, 99, 99.5);
        s.put("A6", 2, "Xã Đức Đồng", 80, 78.2, 99, 100);
        Path file = ClerkSheet.save(book, dir.resolve("tong hop.xlsx"));
        assertReads(file, "tong hop.xlsx",
                "XA-DUCTHO|2026-Q1|TTHC-05|||85", "XA-DUCTHO|2026-Q1|TTHC-06|||99.5",
                "XA-DUCDONG|2026-Q1|TTHC-05|||78.2", "XA-DUCDONG|2026-Q1|TTHC-06|||100");
    }

    /**
     * The period written only over the results ("Quý I/2026" heading the result column, beside "Kế hoạch năm
     * 2026"), or merged over "Tử số | Mẫu số": it names the report's period; a title naming another is warned of.
     */
    @Test
    void thePeriodOverTheResultColumn() throws Exception {
        Path file = csv("syt.csv",
                "Đơn vị báo cáo: Sở Y tế",
                "STT,Chỉ tiêu,ĐVT,Kế hoạch năm 2026,Quý I/2026",
                "1," + TTHC_05 + ",%,80,\"92,5\"",
                "2,\"" + CDDH_04 + "\",tin,24,8");
        assertReads(file, "syt.csv", "SO-YTE|2026-Q1|TTHC-05|||92.5", "SO-YTE|2026-Q1|CDDH-04|||8");
        Path ratio = csv("stp.csv",
                "Đơn vị báo cáo: Sở Tư pháp",
                "STT,Chỉ tiêu,6 tháng đầu năm 2026,",
                ",,Tử số,Mẫu số",
                "1," + TTHC_05 + ",45,50");
        assertReads(ratio, "stp.csv", "SO-TUPHAP|2026-H1|TTHC-05|45|50|90");
    }

    /**
     * A ward office's workbook: a "Tổng hợp" sheet with a column per ward (formulas over the wards' sheets, and a
     * "Bình quân" column), then each ward's own sheet. The figures the summary repeats are read once, silently; a
     * ward's sheet changed after the summary was typed is rejected at its cell, naming both figures.
     */
    @Test
    void aSummarySheetRepeatingTheWardsSheets() throws Exception {
        Workbook book = new XSSFWorkbook();
        ClerkSheet summary = new ClerkSheet(book, "Tổng hợp");
        String[] wards = {"Thành Sen", "Trần Phú"};
        for (String ward : wards) {
            ClerkSheet s = new ClerkSheet(book, ward);
            s.put("A1", "UBND PHƯỜNG " + ward.toUpperCase());
            s.put("A2", "BÁO CÁO KẾT QUẢ CCHC QUÝ I NĂM 2026");
            s.put("A4", "STT", "Chỉ tiêu", "Kết quả (%)");
            s.put("A5", 1, TTHC_05, ward.equals("Thành Sen") ? 92.5 : 81);
            s.put("A6", 2, CQS_02, 100);
        }
        summary.put("A1", "TỔNG HỢP KẾT QUẢ CCHC QUÝ I/2026 CÁC PHƯỜNG");
        summary.put("A3", "STT", "Chỉ tiêu", "Phường Thành Sen", "Phường Trần Phú", "Bình quân");
        summary.put("A4", 1, TTHC_05, new Formula("'Thành Sen'!C5"), 80, new Formula("AVERAGE(C4:D4)"));
        summary.put("A5", 2, CQS_02, new Formula("'Thành Sen'!C6"), new Formula("'Trần Phú'!C6"), new Formula("AVERAGE(C5:D5)"));
        Path file = ClerkSheet.save(book, dir.resolve("tong hop cac phuong.xlsx"));

        ParsedReport parsed = parser.parse(file, "tong hop cac phuong.xlsx");
        assertThat(parsed.facts().stream().map(ExpectedFact::key).sorted().toList()).containsExactly(
                "PH-THANHSEN|2026-Q1|CQS-02|||100", "PH-THANHSEN|2026-Q1|TTHC-05|||92.5",
                "PH-TRANPHU|2026-Q1|CQS-02|||100", "PH-TRANPHU|2026-Q1|TTHC-05|||80");
        assertThat(rejectLines(parsed)).containsExactly("Trần Phú!C5 INCONSISTENT Chỉ tiêu TTHC-05 của PH-TRANPHU kỳ "
                + "Quý I/2026 ghi 81 ở đây nhưng ghi 80 ở Tổng hợp!D4 trong cùng tệp: giữ số liệu ở Tổng hợp!D4");
    }

    /**
     * This period beside the last, named relatively ("Kỳ trước | Kỳ này", "Cùng kỳ năm trước | Thực hiện",
     * "Quý trước | Quý này"), with a comparison column after them: this period's column is read; before, a file
     * with two such columns was refused whole.
     */
    @Test
    void thisPeriodBesideTheLast() throws Exception {
        Workbook book = new XSSFWorkbook();
        ClerkSheet s = new ClerkSheet(book, "Sheet1");
        s.put("A1", "UBND XÃ ĐỨC THỌ").put("A3", "BÁO CÁO KẾT QUẢ CCHC QUÝ II NĂM 2026").merge("A3:F3");
        s.put("A5", "STT", "Nội dung", "Kỳ trước", "Kỳ này", "So với kỳ trước (%)", "Ghi chú");
        s.put("A6", 1, TTHC_05, new Percent(0.85), new Percent(0.9), new Percent(1.059));
        s.put("A7", 2, CDDH_04, 5, 7, 140, "tin, bài");
        Path file = ClerkSheet.save(book, dir.resolve("xa duc tho quy 2.xlsx"));
        assertReads(file, "xa duc tho quy 2.xlsx", "XA-DUCTHO|2026-Q2|TTHC-05|||90", "XA-DUCTHO|2026-Q2|CDDH-04|||7");

        Path same = csv("stp.csv",
                "SỞ TƯ PHÁP",
                "BÁO CÁO CCHC 6 THÁNG ĐẦU NĂM 2026",
                "TT,Chỉ tiêu,Thực hiện cùng kỳ năm 2025,Thực hiện,Tăng/giảm",
                "1," + TTHC_05 + ",70,\"82,5\",\"12,5\"");
        assertReads(same, "stp.csv", "SO-TUPHAP|2026-H1|TTHC-05|||82.5");

        Path quarters = csv("syt.csv",
                "SỞ Y TẾ",
                "BÁO CÁO CCHC QUÝ III/2026",
                "TT,Chỉ tiêu,Quý trước,Quý này",
                "1," + TTHC_05 + ",88,91");
        assertReads(quarters, "syt.csv", "SO-YTE|2026-Q3|TTHC-05|||91");
    }

    /**
     * A Sở's tracking workbook: a sheet per quarter, each under the title copied from the first ("… NĂM 2026"), and
     * a sheet for the year. Each quarter's sheet reports its quarter; before, all went to the year and the later
     * sheets were rejected as repeats. A lone sheet named "Quý IV" under a year's title still reports the year.
     */
    @Test
    void aSheetPerQuarterUnderTheYearsTitle() throws Exception {
        Workbook book = new XSSFWorkbook();
        String[] sheets = {"Quý I", "Quý II", "Quý III", "Cả năm"};
        for (int i = 0; i < sheets.length; i++) {
            ClerkSheet s = new ClerkSheet(book, sheets[i]);
            s.put("A1", "SỞ Y TẾ").put("A2", "THEO DÕI KẾT QUẢ THỰC HIỆN CHỈ TIÊU CCHC NĂM 2026");
            s.put("A4", "STT", "Chỉ tiêu", "Kết quả");
            s.put("A5", 1, TTHC_05, 80 + i);
            s.put("A6", 2, CDDH_04, 6 + i);
        }
        Path file = ClerkSheet.save(book, dir.resolve("theo doi cchc 2026.xlsx"));
        ParsedReport parsed = parser.parse(file, "theo doi cchc 2026.xlsx");
        assertThat(parsed.facts().stream().map(ExpectedFact::key).sorted().toList()).containsExactly(
                "SO-YTE|2026-Q1|CDDH-04|||6", "SO-YTE|2026-Q1|TTHC-05|||80",
                "SO-YTE|2026-Q2|CDDH-04|||7", "SO-YTE|2026-Q2|TTHC-05|||81",
                "SO-YTE|2026-Q3|CDDH-04|||8", "SO-YTE|2026-Q3|TTHC-05|||82",
                "SO-YTE|2026|CDDH-04|||9", "SO-YTE|2026|TTHC-05|||83");
        assertThat(parsed.rejects()).isEmpty();
        assertThat(parsed.warnings()).isEmpty();

        Workbook reused = new XSSFWorkbook();
        ClerkSheet s = new ClerkSheet(reused, "Quý IV");
        s.put("A1", "SỞ Y TẾ").put("A2", "BÁO CÁO KẾT QUẢ CCHC NĂM 2026");
        s.put("A4", "STT", "Chỉ tiêu", "Kết quả");
        s.put("A5", 1, TTHC_05, 91);
        Path year = ClerkSheet.save(reused, dir.resolve("syt nam 2026.xlsx"));
        ParsedReport lone = parser.parse(year, "syt nam 2026.xlsx");
        assertThat(lone.facts().stream().map(ExpectedFact::key).toList()).containsExactly("SO-YTE|2026|TTHC-05|||91");
        assertThat(lone.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("Quý IV"));
    }

    private static String TTHC_02() {
        return "Tỷ lệ TTHC được công bố, công khai trên Cơ sở dữ liệu quốc gia về TTHC";
    }

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    /** A CSV file of the clerk's lines, in UTF-8. */
    private Path csv(String name, String... lines) throws java.io.IOException {
        return java.nio.file.Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** Each reject as "cell REASON message". */
    private static List<String> rejectLines(ParsedReport parsed) {
        return parsed.rejects().stream().map(r -> r.source().location() + " " + r.reason() + " " + r.message()).toList();
    }

    private void assertReads(Path file, String relative, String... expected) {
        ParsedReport parsed = parser.parse(file, relative);
        List<String> facts = parsed.facts().stream().map(ExpectedFact::key).sorted().toList();
        assertThat(facts).as(relative + " rejects " + parsed.rejects()).isEqualTo(List.of(expected).stream().sorted().toList());
        assertThat(parsed.rejects()).as(relative).isEmpty();
    }

    private static void assertInlineStrings(Path file) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(sheet).contains("t=\"inlineStr\"");
        }
    }
}
