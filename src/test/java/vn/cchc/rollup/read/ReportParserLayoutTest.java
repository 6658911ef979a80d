package vn.cchc.rollup.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.testing.GridFiles;
import vn.cchc.rollup.testing.GridFiles.Percent;

/** Every layout in every file type reads to the same facts. */
class ReportParserLayoutTest {

    private static final Set<String> EXPECTED = Set.of(
            "SO-NOIVU|2026-Q1|TTHC-05|45|50|90",
            "SO-NOIVU|2026-Q1|TTHC-06|||99.5",
            "SO-NOIVU|2026-Q1|CDDH-04|||7",
            "SO-NOIVU|2026-Q1|TCC-01|||1",
            "XA-DUCTHO|2026-Q1|TTHC-05|30|40|75",
            "XA-DUCTHO|2026-Q1|TTHC-06|||100",
            "XA-DUCTHO|2026-Q1|CDDH-04|||5",
            "XA-DUCTHO|2026-Q1|TCC-01|||0");

    private final Plan plan = PlanLoader.builtIn();
    private final ReportParser parser = new ReportParser(plan);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls", "csv"})
    void templateLayout(String type) throws Exception {
        Path soNoiVu = GridFiles.write(dir.resolve("bao-cao-1." + type), "Báo cáo", template(
                "SỞ NỘI VỤ", "SO-NOIVU", "Sở Nội vụ", List.of(45, 50, ""), 99.5, 7, "Có"));
        Path ducTho = GridFiles.write(dir.resolve("bao-cao-2." + type), "Báo cáo", template(
                "UBND XÃ ĐỨC THỌ", "XA-DUCTHO", "UBND xã Đức Thọ", List.of(30, 40, ""), 100, 5, "Không"));
        ParsedReport first = parser.parse(soNoiVu, "bao-cao-1." + type);
        ParsedReport second = parser.parse(ducTho, "bao-cao-2." + type);
        assertThat(first.layout()).isEqualTo(Layout.TEMPLATE);
        assertThat(first.reportDate()).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(first.rejects()).isEmpty();
        assertThat(second.rejects()).isEmpty();
        List<Fact> facts = new ArrayList<>(first.facts());
        facts.addAll(second.facts());
        assertThat(keys(facts)).isEqualTo(new TreeSet<>(EXPECTED));
        assertThat(first.facts()).first().satisfies(f ->
                assertThat(f.source().location()).isEqualTo(type.equals("csv") ? "dòng 14, cột F" : "Báo cáo!F14"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls", "csv"})
    void longLayout(String type) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("UBND TỈNH HÀ TĨNH"));
        rows.add(row("BÁO CÁO TỔNG HỢP KẾT QUẢ CCHC QUÝ I NĂM 2026"));
        rows.add(row());
        rows.add(row("Mã đơn vị", "Tên đơn vị", "Kỳ báo cáo", "Mã chỉ tiêu", "Tên chỉ tiêu", "Tử số", "Mẫu số", "Giá trị", "Ghi chú"));
        rows.add(row("SO-NOIVU", "Sở Nội vụ", "Quý I/2026", "TTHC-05", "Tỷ lệ hồ sơ", 45, 50, null, null));
        rows.add(row("SO-NOIVU", "Sở Nội vụ", "Quý I/2026", "TTHC-06", null, null, null, 99.5, null));
        rows.add(row("SO-NOIVU", "Sở Nội vụ", "Quý I/2026", "CDDH-04", null, null, null, 7, "7 tin"));
        rows.add(row("SO-NOIVU", "Sở Nội vụ", "Quý I/2026", "TCC-01", null, null, null, "Có", null));
        rows.add(row(null, "UBND xã Đức Thọ", "QUÝ 1 NĂM 2026", "tthc-05", null, 30, 40, "75%", null));
        rows.add(row(null, "UBND xã Đức Thọ", "QUÝ 1 NĂM 2026", "TTHC-06", null, null, null, new Percent(1.0), null));
        rows.add(row(null, "UBND xã Đức Thọ", "QUÝ 1 NĂM 2026", "CDDH-04", null, null, null, 5, null));
        rows.add(row(null, "UBND xã Đức Thọ", "QUÝ 1 NĂM 2026", "TCC-01", null, null, null, "Không", null));
        rows.add(row("Tổng cộng", null, null, null, null, 75, 90, null, null));
        ParsedReport report = parser.parse(GridFiles.write(dir.resolve("long." + type), "Tổng hợp", rows), "long." + type);
        assertThat(report.layout()).isEqualTo(Layout.LONG);
        assertThat(report.rejects()).isEmpty();
        assertThat(keys(report.facts())).isEqualTo(new TreeSet<>(EXPECTED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls", "csv"})
    void wideLayoutWithMergedHeading(String type) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CCHC QUÝ I/2026"));
        rows.add(row("STT", "Đơn vị", "TTHC-05", null, "TTHC-06", "Số tin, bài về CCHC đăng trên Cổng/Trang thông tin điện tử", "TCC-01"));
        rows.add(row(null, null, "Tử số", "Mẫu số", null, null, null));
        rows.add(row(1, "Sở Nội vụ", 45, 50, 99.5, 7, "Có"));
        rows.add(row(2, "UBND xã Đức Thọ", 30, 40, new Percent(1.0), 5, "không"));
        rows.add(row("Tổng cộng", null, 75, 90, null, 12, null));
        ParsedReport report = parser.parse(GridFiles.write(dir.resolve("wide." + type), "Sheet1", rows), "wide." + type);
        assertThat(report.layout()).isEqualTo(Layout.WIDE);
        assertThat(report.rejects()).isEmpty();
        assertThat(keys(report.facts())).isEqualTo(new TreeSet<>(EXPECTED));
    }

    private static List<List<Object>> template(String letterhead, String code, String name, List<Object> tthc05,
            Object tthc06, Object cddh04, Object tcc01) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("UBND TỈNH HÀ TĨNH", null, null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        rows.add(row(letterhead, null, null, null, null, "Độc lập - Tự do - Hạnh phúc"));
        rows.add(row(null, null, null, null, null, "Hà Tĩnh, ngày 05 tháng 4 năm 2026"));
        rows.add(row());
        rows.add(row("BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH"));
        rows.add(row());
        rows.add(row("Mã đơn vị:", null, code));
        rows.add(row("Đơn vị báo cáo:", null, name));
        rows.add(row("Kỳ báo cáo:", null, "Quý I/2026"));
        rows.add(row("Ngày báo cáo:", null, "05/04/2026"));
        rows.add(row());
        rows.add(row("STT", "Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Chỉ tiêu kế hoạch", "Tử số", "Mẫu số", "Giá trị", "Ghi chú"));
        rows.add(row("I", null, "Cải cách thủ tục hành chính"));
        rows.add(row(1, "TTHC-05", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "%", "≥ 80%", tthc05.get(0), tthc05.get(1), null, null));
        rows.add(row(2, "TTHC-06", "Tỷ lệ hồ sơ TTHC được giải quyết trước hạn, đúng hạn", "%", "> 99%", null, null, tthc06, null));
        rows.add(row("II", null, "Công tác chỉ đạo điều hành"));
        rows.add(row(1, "CDDH-04", "Số tin, bài", "Số lượng", "≥ 6", null, null, cddh04, "đăng trên cổng"));
        rows.add(row(2, "TCC-01", "Công khai tài chính đúng quy định", "Có/Không", "Có", null, null, tcc01, null));
        rows.add(row());
        rows.add(row(null, null, null, null, null, "GIÁM ĐỐC"));
        return rows;
    }

    static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    static TreeSet<String> keys(List<Fact> facts) {
        TreeSet<String> keys = new TreeSet<>();
        for (Fact f : facts) {
            keys.add(String.join("|", f.agencyCode(), f.period().code(), f.indicatorCode(),
                    plain(f.numerator()), plain(f.denominator()), plain(f.value())));
        }
        return keys;
    }

    private static String plain(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }
}
