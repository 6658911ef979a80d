package vn.cchc.rollup.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class VietTextTest {

    @Test
    void cleanNormalizesAndFoldsWhiteSpace() {
        assertThat(VietText.clean(null)).isEmpty();
        assertThat(VietText.clean("  Sở\u00A0\u00A0Nội\tvụ \u200B\n")).isEqualTo("Sở Nội vụ");
        assertThat(VietText.clean("Nội vụ")).isEqualTo("Nội vụ");
        assertThat(VietText.clean("Sơ\u0309 Nội vụ")).isEqualTo("Sở Nội vụ"); // decomposed → NFC
        assertThat(VietText.isBlank("\uFEFF \u00A0")).isTrue();
    }

    @Test
    void keysIgnoreCaseDiacriticsAndPunctuation() {
        assertThat(VietText.fold("Sở Nội vụ")).isEqualTo("so noi vu");
        assertThat(VietText.fold("ĐÀ NẴNG")).isEqualTo("da nang");
        assertThat(VietText.key("Sở KH&CN (tỉnh)")).isEqualTo("so kh&cn tinh");
        assertThat(VietText.key("  --Tỷ lệ %--  ")).isEqualTo("ty le");
        assertThat(VietText.agencyKey("UBND xã Cẩm Xuyên")).isEqualTo("xa cam xuyen");
        assertThat(VietText.agencyKey("Ủy ban nhân dân phường Bắc Hồng")).isEqualTo("phuong bac hong");
        assertThat(VietText.agencyKey("UBNDxã")).isEqualTo("ubndxa");
    }

    /** The loops give exactly what the regular expressions that define them give. */
    @Test
    void theLoopsAgreeWithTheirDefinitionOnAnyText() {
        for (String text : corpus()) {
            assertThat(VietText.clean(text)).as("clean %s", escape(text)).isEqualTo(Definition.clean(text));
            assertThat(VietText.fold(text)).as("fold %s", escape(text)).isEqualTo(Definition.fold(text));
            assertThat(VietText.key(text)).as("key %s", escape(text)).isEqualTo(Definition.key(text));
            assertThat(VietText.agencyKey(text)).as("agencyKey %s", escape(text)).isEqualTo(Definition.agencyKey(text));
        }
    }

    private static List<String> corpus() {
        List<String> texts = new ArrayList<>(List.of("", " ", "  ", "a", " a ", "\u2003 a\u2003", "İstanbul",
                "ΣΊΣΥΦΟΣ", "x\u20DD", "\uD834\uDD65", "\uD835\uDD18 ngoài BMP", "Sở  KH &  CN", "ubnd  xã A",
                "uy ban nhan dan", "\u0301đầu", "\u001F\u001Ctách\u001D", "Tổng cộng:", "Q.I/2026"));
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯÀÁẢÃẠỳỹ0189&%()-_.,:;/ \t\n\r\u00A0\u200B\uFEFF"
                + "\u2003\u0300\u0301\u0303\u0309\u0323\u0306\u031BİıßΣς";
        Random random = new Random(20261123);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(24); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }
        return texts;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.toString();
    }

    /** The rules as regular expressions, as they were first written. */
    private static final class Definition {
        private static final Pattern MARKS = Pattern.compile("\\p{M}+");
        private static final Pattern NOT_KEY_CHAR = Pattern.compile("[^a-z0-9&]+");
        private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u200B\\uFEFF]+");
        private static final Pattern PEOPLES_COMMITTEE = Pattern.compile("^(ubnd|uy ban nhan dan) ");

        static String clean(String text) {
            return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
        }

        static String fold(String text) {
            String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
            return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        }

        static String key(String text) {
            return NOT_KEY_CHAR.matcher(fold(text)).replaceAll(" ").strip();
        }

        static String agencyKey(String text) {
            return PEOPLES_COMMITTEE.matcher(key(text)).replaceFirst("");
        }
    }
}
