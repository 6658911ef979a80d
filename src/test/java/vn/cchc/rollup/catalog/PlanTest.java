package vn.cchc.rollup.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PlanTest {

    private final Plan plan = PlanLoader.builtIn();

    @Test
    void builtInPlanIsTheReferencePlan() {
        assertThat(plan.province()).isEqualTo("Hà Tĩnh");
        assertThat(plan.agencies()).hasSize(45);
        assertThat(plan.agencies(AgencyKind.SO)).hasSize(15);
        assertThat(plan.agencies(AgencyKind.XA)).hasSize(30);
        assertThat(plan.areas()).hasSize(7);
        // the reference README says 29; the catalogue file holds 28
        assertThat(plan.indicators()).hasSize(28);
        assertThat(plan.areas().stream().map(Area::maxPoints).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                .isEqualByComparingTo("100");
        Indicator tthc06 = plan.indicator("TTHC-06").orElseThrow();
        assertThat(tthc06.comparator()).isEqualTo(Comparator.GT);
        assertThat(tthc06.target()).isEqualByComparingTo("99");
        assertThat(plan.indicator("TCC-02").orElseThrow().target()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SO-NOIVU                 | SO-NOIVU",
        "so-noivu                 | SO-NOIVU",
        "Sở Nội vụ                | SO-NOIVU",
        "SỞ NỘI VỤ                | SO-NOIVU",
        "So Noi vu                | SO-NOIVU",
        "SNV                      | SO-NOIVU",
        "Sở KH&CN                 | SO-KHCN",
        "Sở KH & CN               | SO-KHCN",
        "Sở Khoa học & Công nghệ  | SO-KHCN",
        "UBND xã Đức Thọ          | XA-DUCTHO",
        "Xã Đức Thọ               | XA-DUCTHO",
        "ỦY BAN NHÂN DÂN XÃ ĐỨC THỌ | XA-DUCTHO",
        "xa duc tho               | XA-DUCTHO",
        "UBND phường Thành Sen    | PH-THANHSEN",
        "Sở VH-TT&DL              | SO-VHTTDL",
        "Văn phòng Ủy ban nhân dân tỉnh | VP-UBND",
    })
    void findsAgenciesByAnyName(String text, String code) {
        assertThat(plan.findAgency(text)).map(Agency::code).contains(code);
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        assertThat(plan.findAgency(nfd)).map(Agency::code).contains(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "TTHC-05 | TTHC-05",
        "tthc 05 | TTHC-05",
        "TTHC05  | TTHC-05",
        "tthc-5  | TTHC-05",
        "TTHC-005 | TTHC-05",
        "Chỉ tiêu TTHC-05 | TTHC-05",
        "CT TTHC 05 | TTHC-05",
        "Mã: CV-1 | CV-01",
        "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến | TTHC-05",
        "TY LE HO SO TTHC DUOC TIEP NHAN TRUC TUYEN | TTHC-05",
    })
    void findsIndicatorsByCodeOrName(String text, String code) {
        assertThat(plan.findIndicator(text)).map(Indicator::code).contains(code);
    }

    @Test
    void unknownNamesMatchNothing() {
        assertThat(plan.findAgency("Sở Du lịch")).isEmpty();
        assertThat(plan.findAgency("UBND TỈNH HÀ TĨNH")).isEmpty();
        assertThat(plan.findIndicator("TTHC-99")).isEmpty();
        assertThat(plan.findIndicator("TTHC-50")).isEmpty();
        assertThat(plan.findIndicator("Chỉ tiêu 5")).isEmpty();
        assertThat(plan.findIndicator("Nhóm TTHC-05")).isEmpty();
    }
}
