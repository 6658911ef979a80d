package vn.cchc.rollup.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Agencies by the names reports really write: shortened, abbreviated, inside longer texts. */
class AgencyNamesTest {

    private final Plan plan = PlanLoader.builtIn();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cam Xuyen             | XA-CAMXUYEN",
        "CẨM XUYÊN             | XA-CAMXUYEN",
        "Thien Cam             | XA-THIENCAM",
        "P. Thành Sen          | PH-THANHSEN",
        "P.Thành Sen           | PH-THANHSEN",
        "UBND P. THANH SEN     | PH-THANHSEN",
        "Thành Sen             | PH-THANHSEN",
        "VP UBND               | VP-UBND",
        "VP UBND tỉnh          | VP-UBND",
        "Văn phòng UBND        | VP-UBND",
        "Sở GD&ĐT              | SO-GDDT",
        "SỞ GD & ĐT            | SO-GDDT",
        "Sở KH&CN              | SO-KHCN",
        "skhcn                 | SO-KHCN",
        "snv                   | SO-NOIVU",
        "Thanh tra             | TT-TINH",
        "SỞ GIÁO DỤC - ĐÀO TẠO | SO-GDDT",
        "Sở GD-ĐT              | SO-GDDT",
        "Sở Khoa học, Công nghệ | SO-KHCN",
        "SỞ DÂN TỘC – TÔN GIÁO | SO-DTTG",
        "Sở Văn hóa - Thể thao - Du lịch | SO-VHTTDL",
    })
    void findsAWholeTextInItsShortenedForms(String text, String code) {
        assertThat(plan.findAgency(text)).map(Agency::code).contains(code);
    }

    @Test
    void fullFormsLeaveOutTheShortOnes() {
        assertThat(plan.findAgency("P. Thành Sen", NameForms.FULL)).map(Agency::code).contains("PH-THANHSEN");
        assertThat(plan.findAgency("Cam Xuyen", NameForms.FULL)).isEmpty();
        assertThat(plan.findAgency("Thanh tra", NameForms.FULL)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Nội vụ", "Xã", "Phường", "UBND tỉnh", "Tỉnh Hà Tĩnh", "TT", "P.", "Sở", "Thành"})
    void namesNothingForAPieceOfAName(String text) {
        assertThat(plan.findAgency(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "skhcn_q1_2026                                     | SO-KHCN",
        "Bao cao snv quy 2                                  | SO-NOIVU",
        "BÁO CÁO KẾT QUẢ CCHC CỦA UBND XÃ ĐỨC THỌ QUÝ I    | XA-DUCTHO",
        "Sở GD&ĐT - 6 tháng                                 | SO-GDDT",
        "bc P.Thanh Sen                                     | PH-THANHSEN",
        "SỞ GD-ĐT HÀ TĨNH                                   | SO-GDDT",
    })
    void findsANameInsideALongerText(String text, String code) {
        assertThat(plan.agencyMentionedIn(text, NameForms.SHORT)).map(Agency::code).contains(code);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "tsnvx q1 2026",                       // inside a word
        "Bao cao TTHC q1",                     // TT of TTHC
        "Bao cao So Noi vu va So Ngoai vu",    // two agencies alike: none guessed
        "BÁO CÁO CÔNG TÁC THANH TRA",          // thanh tra, the work, in a title
    })
    void namesNothingInsideWordsNorWhenTwoAreNamedAlike(String text) {
        assertThat(plan.agencyMentionedIn(text, text.startsWith("BÁO") ? NameForms.FULL : NameForms.SHORT)).isEmpty();
    }

    @Test
    void aShortFormTwoAgenciesShareNamesNeither() {
        List<Agency> agencies = new ArrayList<>(plan.agencies());
        agencies.add(new Agency("XA-TANLAP", "Xã Tân Lập", AgencyKind.XA, List.of()));
        agencies.add(new Agency("PH-TANLAP", "Phường Tân Lập", AgencyKind.XA, List.of()));
        agencies.add(new Agency("TT-PHOCHAU", "Thị trấn Phố Châu", AgencyKind.XA, List.of()));
        Plan twoTanLap = new Plan(plan.province(), agencies, plan.areas(), plan.indicators());
        assertThat(twoTanLap.findAgency("Tân Lập")).isEmpty();
        assertThat(twoTanLap.agencyMentionedIn("Tan Lap Q1 2026", NameForms.SHORT)).isEmpty();
        assertThat(twoTanLap.findAgency("P. Tân Lập")).map(Agency::code).contains("PH-TANLAP");
        assertThat(twoTanLap.findAgency("xa tan lap")).map(Agency::code).contains("XA-TANLAP");
        assertThat(twoTanLap.findAgency("TT Phố Châu")).map(Agency::code).contains("TT-PHOCHAU");
        assertThat(twoTanLap.findAgency("TT. Pho Chau")).map(Agency::code).contains("TT-PHOCHAU");
        assertThat(twoTanLap.findAgency("Phố Châu")).map(Agency::code).contains("TT-PHOCHAU");
        assertThat(twoTanLap.findAgency("Xã Phố Châu")).isEmpty();
    }

    @Test
    void aRegisteredNameWinsOverAnotherAgencysShortForm() {
        List<Agency> agencies = new ArrayList<>(plan.agencies());
        // "Kỳ Anh" is both the registered name of a ward and the short form of Xã Kỳ Anh
        agencies.add(new Agency("PH-KYANH", "Kỳ Anh", AgencyKind.XA, List.of()));
        Plan plan2 = new Plan(plan.province(), agencies, plan.areas(), plan.indicators());
        assertThat(plan2.findAgency("Ky Anh")).map(Agency::code).contains("PH-KYANH");
        assertThat(plan2.findAgency("Xã Kỳ Anh")).map(Agency::code).contains("XA-KYANH");
    }
}
