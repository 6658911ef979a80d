package vn.cchc.rollup.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyEncodingTest {

    /** All 134 Vietnamese letters with a mark, lower and upper case. */
    static final String ALL_LETTERS = "aáàảãạâấầẩẫậăắằẳẵặeéèẻẽẹêếềểễệiíìỉĩịoóòỏõọôốồổỗộơớờởỡợuúùủũụưứừửữựyýỳỷỹỵđ"
            + "AÁÀẢÃẠÂẤẦẨẪẬĂẮẰẲẴẶEÉÈẺẼẸÊẾỀỂỄỆIÍÌỈĨỊOÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢUÚÙỦŨỤƯỨỪỬỮỰYÝỲỶỸỴĐ";

    @ParameterizedTest
    @EnumSource(LegacyEncoding.class)
    void everyVietnameseLetterSurvivesARoundTrip(LegacyEncoding encoding) {
        String encoded = encoding.encode(ALL_LETTERS);
        assertThat(encoded).doesNotContain("ơ", "ư", "ạ", "ế", "Ự");
        assertThat(encoding.decode(encoded)).isEqualTo(ALL_LETTERS);
    }

    @ParameterizedTest
    @EnumSource(LegacyEncoding.class)
    void knownNamesSurviveARoundTripThroughBytes(LegacyEncoding encoding) {
        for (String text : new String[] {"Sở Nội vụ", "Xã Đức Thọ", "Báo cáo kết quả thực hiện",
                "UBND TỈNH HÀ TĨNH", "Quý I/2026", "Hà Tĩnh, ngày 05 tháng 4 năm 2026", "Ghi chú: đăng trên cổng"}) {
            byte[] bytes = encoding.encodeBytes(text);
            assertThat(encoding.decode(new String(bytes, StandardCharsets.ISO_8859_1))).isEqualTo(text);
            assertThat(encoding.decode(encoding.encode(text))).isEqualTo(text);
        }
    }

    /** Byte values checked by hand against the TCVN 5712 table (VN3 lower-case part). */
    @Test
    void tcvn3BytesFromThePublishedTable() {
        assertThat(tcvn3(0x53, 0xEB, 0x20, 0x4E, 0xE9, 0x69, 0x20, 0x76, 0xF4)).isEqualTo("Sở Nội vụ");
        assertThat(tcvn3(0x58, 0xB7, 0x20, 0xA7, 0xF8, 0x63, 0x20, 0x54, 0x68, 0xE4)).isEqualTo("Xã Đức Thọ");
        assertThat(tcvn3(0x42, 0xB8, 0x6F, 0x20, 0x63, 0xB8, 0x6F, 0x20, 0x6B, 0xD5, 0x74, 0x20, 0x71, 0x75, 0xB6,
                0x20, 0x74, 0x68, 0xF9, 0x63, 0x20, 0x68, 0x69, 0xD6, 0x6E)).isEqualTo("Báo cáo kết quả thực hiện");
        // VN1 capitals: 0x83 is Á, 0xA2 is Â; Excel shows byte 0x83 as windows-1252 'ƒ'
        assertThat(LegacyEncoding.TCVN3.decode("B\u0192O C\u0192O")).isEqualTo("BÁO CÁO");
        assertThat(LegacyEncoding.TCVN3.encode("Sở Nội vụ")).isEqualTo("S\u00EB N\u00E9i v\u00F4");
    }

    /** Byte values checked by hand against the VNI-Windows table: base letter, then a mark byte. */
    @Test
    void vniBytesFromThePublishedTable() {
        assertThat(vni(0x53, 0xF4, 0xFB, 0x20, 0x4E, 0x6F, 0xE4, 0x69, 0x20, 0x76, 0x75, 0xEF)).isEqualTo("Sở Nội vụ");
        assertThat(vni(0x58, 0x61, 0xF5, 0x20, 0xD1, 0xF6, 0xF9, 0x63, 0x20, 0x54, 0x68, 0x6F, 0xEF)).isEqualTo("Xã Đức Thọ");
        assertThat(LegacyEncoding.VNI.decode("Baùo caùo keát quaû thöïc hieän")).isEqualTo("Báo cáo kết quả thực hiện");
        assertThat(LegacyEncoding.VNI.encode("Xin chào các bạn")).isEqualTo("Xin chaøo caùc baïn");
        assertThat(LegacyEncoding.VNI.decode("TÆNH HAØ TÓNH")).isEqualTo("TỈNH HÀ TĨNH");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sở Nội vụ", "Báo cáo kết quả thực hiện", "Hà Tĩnh, ngày 05 tháng 4 năm 2026",
            "Quý I/2026", "Tỷ lệ hồ sơ TTHC được giải quyết trước hạn, đúng hạn", "UBND xã Đức Thọ"})
    void unicodeTextIsNotMistakenForLegacyText(String text) {
        assertThat(LegacyText.repair(text, null)).isEqualTo(text);
        assertThat(LegacyText.detect(text)).isEmpty();
    }

    @Test
    void noNameInTheCatalogueIsMistakenForLegacyText() {
        vn.cchc.rollup.catalog.Plan plan = vn.cchc.rollup.catalog.PlanLoader.builtIn();
        plan.agencies().forEach(a -> assertThat(LegacyText.repair(a.name(), null)).isEqualTo(a.name()));
        plan.indicators().forEach(i -> assertThat(LegacyText.repair(i.name(), null)).isEqualTo(i.name()));
        plan.areas().forEach(a -> assertThat(LegacyText.repair(a.name(), null)).isEqualTo(a.name()));
    }

    @ParameterizedTest
    @EnumSource(LegacyEncoding.class)
    void legacyTextIsRecognisedWithoutAFontName(LegacyEncoding encoding) {
        for (String text : new String[] {"Sở Nội vụ", "Xã Đức Thọ", "Báo cáo kết quả thực hiện", "Quý I năm 2026"}) {
            String typed = encoding.encode(text);
            assertThat(LegacyText.detect(typed)).as(typed).contains(encoding);
            assertThat(LegacyText.repair(typed, "Times New Roman")).isEqualTo(text);
        }
    }

    @Test
    void theFontNameDecidesWhereItCan() {
        assertThat(LegacyText.repair(LegacyEncoding.TCVN3.encode("Sở Nội vụ"), ".VnTime")).isEqualTo("Sở Nội vụ");
        // the capital fonts draw lower-case codes as capitals
        assertThat(LegacyText.repair(LegacyEncoding.TCVN3.encode("sở nội vụ"), ".VnTimeH")).isEqualTo("SỞ NỘI VỤ");
        assertThat(LegacyText.repair(LegacyEncoding.VNI.encode("Ghi chú"), "VNI-Times")).isEqualTo("Ghi chú");
        assertThat(LegacyText.repair("TTHC-05", ".VnTime")).isEqualTo("TTHC-05");
        assertThat(LegacyText.encodingOfFont(".VnArial")).contains(LegacyEncoding.TCVN3);
        assertThat(LegacyText.encodingOfFont("VNI-Helve")).contains(LegacyEncoding.VNI);
        assertThat(LegacyText.encodingOfFont("Arial")).isEmpty();
    }

    @Test
    void syllableScore() {
        assertThat(VietSyllables.score("Sở Nội vụ")).isEqualTo(3);
        assertThat(VietSyllables.score("S\u00EB N\u00E9i v\u00F4")).isNegative();
        assertThat(VietSyllables.isSyllable("nghiệp")).isTrue();
        assertThat(VietSyllables.isSyllable("khuyến")).isTrue();
        assertThat(VietSyllables.isSyllable("người")).isTrue();
        assertThat(VietSyllables.isSyllable("Sôû")).isFalse();
    }

    private static String tcvn3(int... bytes) {
        return LegacyEncoding.TCVN3.decode(latin1(bytes));
    }

    private static String vni(int... bytes) {
        return LegacyEncoding.VNI.decode(latin1(bytes));
    }

    private static String latin1(int... bytes) {
        byte[] raw = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            raw[i] = (byte) bytes[i];
        }
        return new String(raw, StandardCharsets.ISO_8859_1);
    }
}
