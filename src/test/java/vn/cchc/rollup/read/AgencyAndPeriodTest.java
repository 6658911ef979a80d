package vn.cchc.rollup.read;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.rollup.testing.GridFiles.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.AgencyKind;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.ReasonCode;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.testing.GridFiles;
import vn.cchc.rollup.validate.Warning;
import vn.cchc.rollup.validate.WarningRule;

/**
 * The agency and the period of a report, read from each place a file can say them (labelled cell,
 * letterhead, title, sheet name, file name, folders), in that order of trust; real files.
 */
class AgencyAndPeriodTest {

    private final Plan plan = PlanLoader.builtIn();
    private final ReportParser parser = new ReportParser(plan);

    @TempDir
    Path dir;

    /** A table with no agency or period of its own: they must come from around it. */
    private static List<List<Object>> table() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("STT", "Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Giá trị", "Ghi chú"));
        rows.add(row(1, "TTHC-06", "Tỷ lệ hồ sơ TTHC được giải quyết trước hạn, đúng hạn", "%", 99.5, null));
        rows.add(row(2, "CDDH-04", "Số tin, bài", "Số lượng", 7, null));
        return rows;
    }

    private static List<List<Object>> above(List<Object>... context) {
        List<List<Object>> rows = new ArrayList<>(Arrays.asList(context));
        rows.add(row());
        rows.addAll(table());
        return rows;
    }

    private ParsedReport read(String relative, String sheet, List<List<Object>> rows) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        GridFiles.write(file, sheet, rows);
        return parser.parse(file, relative);
    }

    /** "AGENCY|PERIOD" of every fact. */
    private static TreeSet<String> whoAndWhen(ParsedReport report) {
        TreeSet<String> keys = new TreeSet<>();
        for (Fact fact : report.facts()) {
            keys.add(fact.agencyCode() + "|" + fact.period().code());
        }
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls", "csv"})
    void labelledCells(String type) throws Exception {
        ParsedReport report = read("bao-cao." + type, "Báo cáo", above(
                row("Đơn vị báo cáo:", "Sở Nội vụ"),
                row("Kỳ báo cáo:", "Quý I/2026")));
        assertThat(report.rejects()).isEmpty();
        assertThat(whoAndWhen(report)).containsExactly("SO-NOIVU|2026-Q1");
        assertThat(report.warnings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls", "csv"})
    void letterheadUnderTheProvinceAndPeriodInTheTitle(String type) throws Exception {
        ParsedReport soNoiVu = read("a." + type, "Sheet1", above(
                row("UBND TỈNH HÀ TĨNH", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                row("SỞ NỘI VỤ", null, null, "Độc lập - Tự do - Hạnh phúc"),
                row("Số: 123/BC-SNV", null, null, "Hà Tĩnh, ngày 05 tháng 4 năm 2026"),
                row("BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2026")));
        assertThat(soNoiVu.rejects()).isEmpty();
        assertThat(whoAndWhen(soNoiVu)).containsExactly("SO-NOIVU|2026-Q1");

        ParsedReport ducTho = read("b." + type, "Sheet1", above(
                row("UBND HUYỆN ĐỨC THỌ"),
                row("UBND XÃ ĐỨC THỌ"),
                row("BÁO CÁO Kết quả cải cách hành chính 6 tháng đầu năm 2026")));
        assertThat(whoAndWhen(ducTho)).containsExactly("XA-DUCTHO|2026-H1");
    }

    @Test
    void letterheadInOneCellOfTwoLinesAndShortenedBelowTheProvince() throws Exception {
        ParsedReport khcn = read("a.xlsx", "Sheet1", above(
                row("UBND TỈNH HÀ TĨNH\nSỞ KH&CN"),
                row("BÁO CÁO KẾT QUẢ CCHC QUÝ II NĂM 2026")));
        assertThat(whoAndWhen(khcn)).containsExactly("SO-KHCN|2026-Q2");

        ParsedReport thanhSen = read("b.xlsx", "Sheet1", above(
                row("UBND TỈNH HÀ TĨNH"),
                row("UBND P. THÀNH SEN"),
                row("BÁO CÁO KẾT QUẢ CCHC 9 THÁNG NĂM 2026")));
        assertThat(whoAndWhen(thanhSen)).containsExactly("PH-THANHSEN|2026-9M");
    }

    @Test
    void agencyInTheTitle() throws Exception {
        ParsedReport report = read("c.xlsx", "Sheet1", above(
                row("BÁO CÁO KẾT QUẢ CẢI CÁCH HÀNH CHÍNH QUÝ II NĂM 2026 CỦA UBND PHƯỜNG TRẦN PHÚ")));
        assertThat(report.rejects()).isEmpty();
        assertThat(whoAndWhen(report)).containsExactly("PH-TRANPHU|2026-Q2");
    }

    @Test
    void agencyAndPeriodInTheSheetName() throws Exception {
        ParsedReport report = read("bao-cao.xlsx", "Ky Anh - Q3-2026", table());
        assertThat(report.rejects()).isEmpty();
        assertThat(whoAndWhen(report)).containsExactly("XA-KYANH|2026-Q3");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "skhcn_q1_2026.xlsx                      => SO-KHCN|2026-Q1",
        "snv_q2_2026.csv                         => SO-NOIVU|2026-Q2",
        "2026/Quy I/So Noi vu - Quy I.xlsx       => SO-NOIVU|2026-Q1",
        "2026/VP UBND 9 thang.xlsx               => VP-UBND|2026-9M",
        "Sở GD&ĐT - 6 tháng đầu năm 2026.xlsx    => SO-GDDT|2026-H1",
        "Bao cao So KH&CN nam 2026.xls           => SO-KHCN|2026",
        "P. Thanh Sen - Q4 2026.xlsx             => PH-THANHSEN|2026-Q4",
        "Cam Xuyen_thang 3_2026.csv              => XA-CAMXUYEN|2026-M03",
        "Xa Duc Tho/2026/Quy II/bao cao.xlsx     => XA-DUCTHO|2026-Q2",
        "2026-Q1/Thanh Sen/bc.xlsx               => PH-THANHSEN|2026-Q1",
        "DucTho_Q1_2026.xlsx                     => XA-DUCTHO|2026-Q1",
        "BaoCaoThanhSen Quy4 2026.xlsx           => PH-THANHSEN|2026-Q4",
        "CẩmXuyên_T3_2026.csv                    => XA-CAMXUYEN|2026-M03",
    })
    void fileNameAndFolders(String relative, String expected) throws Exception {
        ParsedReport report = read(relative.strip(), "Sheet1", table());
        assertThat(report.rejects()).isEmpty();
        assertThat(whoAndWhen(report)).containsExactly(expected.strip());
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void aFileNamePeriodWithoutYearTakesTheYearOfTheTitle() throws Exception {
        ParsedReport report = read("So Noi vu - Quy I.xlsx", "Sheet1", above(
                row("BÁO CÁO CẢI CÁCH HÀNH CHÍNH 2026")));
        assertThat(whoAndWhen(report)).containsExactly("SO-NOIVU|2026-Q1");
    }

    @Test
    void aPeriodWithoutYearAnywhereIsRejectedAsMissingTheYear() throws Exception {
        ParsedReport report = read("So Noi vu - Quy I.xlsx", "Sheet1", table());
        assertThat(report.facts()).isEmpty();
        assertThat(report.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.reason()).isEqualTo(ReasonCode.UNKNOWN_PERIOD);
            assertThat(reject.source().location()).isEqualTo("tên tệp");
            assertThat(reject.message()).startsWith("Kỳ báo cáo \"Quý I\" không ghi năm").endsWith("(2 số liệu bị loại)");
        });
    }

    @Test
    void aLabelledCellOutranksTheFileNameAndTheDisagreementIsAWarning() throws Exception {
        ParsedReport report = read("skhcn_q2_2026.xlsx", "Báo cáo", above(
                row("Đơn vị báo cáo:", "Sở Nội vụ"),
                row("Kỳ báo cáo:", "Quý I/2026")));
        assertThat(whoAndWhen(report)).containsExactly("SO-NOIVU|2026-Q1");
        assertThat(report.warnings()).extracting(Warning::rule)
                .containsExactly(WarningRule.AGENCY_DISAGREES, WarningRule.PERIOD_DISAGREES);
        Warning agency = report.warnings().get(0);
        assertThat(agency.source().file()).isEqualTo("skhcn_q2_2026.xlsx");
        assertThat(agency.source().location()).isEqualTo("Báo cáo!B1");
        assertThat(agency.period().code()).isEqualTo("2026-Q1");
        assertThat(agency.message()).isEqualTo("Tệp ghi hai đơn vị khác nhau: Sở Nội vụ (ô Báo cáo!B1) và "
                + "Sở Khoa học và Công nghệ (tên tệp); số liệu được tính cho Sở Nội vụ. Kiểm tra lại đơn vị báo cáo");
        Warning period = report.warnings().get(1);
        assertThat(period.source().location()).isEqualTo("Báo cáo!B2");
        assertThat(period.message()).isEqualTo("Tệp ghi hai kỳ báo cáo khác nhau: Quý I/2026 (ô Báo cáo!B2) và "
                + "Quý II/2026 (tên tệp); số liệu được tính cho Quý I/2026. Kiểm tra lại kỳ báo cáo");
    }

    @Test
    void theTitleOutranksTheSheetNameWhichOutranksTheFolders() throws Exception {
        ParsedReport report = read("2025/Duc Tho/bc.xlsx", "Quý II", above(
                row("UBND TỈNH HÀ TĨNH"),
                row("UBND XÃ ĐỨC THỌ"),
                row("BÁO CÁO KẾT QUẢ CCHC QUÝ I NĂM 2026")));
        assertThat(whoAndWhen(report)).containsExactly("XA-DUCTHO|2026-Q1");
        assertThat(report.warnings()).extracting(Warning::rule)
                .containsExactly(WarningRule.PERIOD_DISAGREES, WarningRule.PERIOD_DISAGREES);
        assertThat(report.warnings()).extracting(Warning::message).anySatisfy(m -> assertThat(m)
                .contains("Quý II (tên trang tính Quý II)")).anySatisfy(m -> assertThat(m)
                .contains("năm 2025 (thư mục 2025/Duc Tho)"));
    }

    @Test
    void aYearAlongsideItsQuarterIsNoDisagreement() throws Exception {
        ParsedReport report = read("2026/Quy I/snv - bao cao nam 2026.xlsx", "Sheet1", above(
                row("Kỳ báo cáo:", "Quý I/2026")));
        assertThat(whoAndWhen(report)).containsExactly("SO-NOIVU|2026-Q1");
        assertThat(report.warnings()).isEmpty();
    }

    /** The bug of issue 13: a wide table naming a commune without diacritics nor "xã". */
    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls", "csv"})
    void aWideTableNamesCommunesWithoutDiacriticsNorKind(String type) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CCHC QUÝ I/2026"));
        rows.add(row("STT", "Đơn vị", "TTHC-06", "CDDH-04"));
        rows.add(row(1, "Cam Xuyen", 99.5, 7));
        rows.add(row(2, "THIEN CAM", 100, 5));
        rows.add(row(3, "P. Hà Huy Tập", 98, 6));
        rows.add(row(4, "VP UBND", 100, 8));
        ParsedReport report = read("tong-hop." + type, "Sheet1", rows);
        assertThat(report.rejects()).isEmpty();
        assertThat(whoAndWhen(report)).containsExactly(
                "PH-HAHUYTAP|2026-Q1", "VP-UBND|2026-Q1", "XA-CAMXUYEN|2026-Q1", "XA-THIENCAM|2026-Q1");
    }

    @Test
    void thiTranAsTT() throws Exception {
        Plan withTown = withAgencies(new Agency("TT-PHOCHAU", "Thị trấn Phố Châu", AgencyKind.XA, List.of()));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Đơn vị", "Kỳ báo cáo", "Mã chỉ tiêu", "Giá trị"));
        rows.add(row("TT Phố Châu", "Quý I/2026", "CDDH-04", 4));
        rows.add(row("TT. PHO CHAU", "Quý II/2026", "CDDH-04", 5));
        ParsedReport report = new ReportParser(withTown).parse(GridFiles.write(dir.resolve("long.xlsx"), "Sheet1", rows), "long.xlsx");
        assertThat(report.rejects()).isEmpty();
        assertThat(whoAndWhen(report)).containsExactly("TT-PHOCHAU|2026-Q1", "TT-PHOCHAU|2026-Q2");
    }

    @Test
    void anAmbiguousNameIsNotGuessed() throws Exception {
        Plan twoTanLap = withAgencies(
                new Agency("XA-TANLAP", "Xã Tân Lập", AgencyKind.XA, List.of()),
                new Agency("PH-TANLAP", "Phường Tân Lập", AgencyKind.XA, List.of()));
        ReportParser twoParser = new ReportParser(twoTanLap);
        Path ambiguous = GridFiles.write(dir.resolve("Tan Lap - Q1 2026.xlsx"), "Sheet1", table());
        ParsedReport report = twoParser.parse(ambiguous, "Tan Lap - Q1 2026.xlsx");
        assertThat(report.facts()).isEmpty();
        assertThat(report.rejects()).extracting(Reject::reason).containsOnly(ReasonCode.UNKNOWN_AGENCY);

        Path phuong = GridFiles.write(dir.resolve("P. Tan Lap - Q1 2026.xlsx"), "Sheet1", table());
        assertThat(whoAndWhen(twoParser.parse(phuong, "P. Tan Lap - Q1 2026.xlsx"))).containsExactly("PH-TANLAP|2026-Q1");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "bao-cao-tthc-q1-2026.xlsx",      // "TT" inside TTHC is no thị trấn, nor Thanh tra
        "tsnvx_q1_2026.xlsx",             // "snv" inside a word is not Sở Nội vụ
        "Tp Ha Tinh_q1_2026.xlsx",        // the province's city is no agency
        "BaoCaoTTHC_q1_2026.xlsx",        // "TTHC" after "Cao" is no thị trấn
    })
    void noAgencyFromPiecesOfWords(String name) throws Exception {
        ParsedReport report = read(name, "Sheet1", table());
        assertThat(report.facts()).isEmpty();
        assertThat(report.rejects()).extracting(Reject::reason).containsOnly(ReasonCode.UNKNOWN_AGENCY);
    }

    @Test
    void aTitleAboutInspectionIsNoInspectorate() throws Exception {
        ParsedReport report = read("bc.xlsx", "Sheet1", above(
                row("BÁO CÁO KẾT QUẢ CÔNG TÁC THANH TRA CÔNG VỤ QUÝ I NĂM 2026")));
        assertThat(report.facts()).isEmpty();
        assertThat(report.rejects()).extracting(Reject::reason).containsOnly(ReasonCode.UNKNOWN_AGENCY);
    }

    @Test
    void theAddresseeIsNotTheAgency() throws Exception {
        ParsedReport report = read("xa-duc-tho-q1-2026.xlsx", "Sheet1", above(
                row("Kính gửi: Sở Nội vụ"),
                row("BÁO CÁO KẾT QUẢ CCHC QUÝ I NĂM 2026")));
        assertThat(whoAndWhen(report)).containsExactly("XA-DUCTHO|2026-Q1");
        assertThat(report.warnings()).isEmpty();
    }

    private Plan withAgencies(Agency... extra) {
        List<Agency> agencies = new ArrayList<>(plan.agencies());
        agencies.addAll(List.of(extra));
        return new Plan(plan.province(), agencies, plan.areas(), plan.indicators());
    }
}
