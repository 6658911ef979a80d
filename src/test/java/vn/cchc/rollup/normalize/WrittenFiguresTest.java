package vn.cchc.rollup.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link NumberAndWords} and {@link WrittenRatio}: figures typed with words, as clerks say them. */
class WrittenFiguresTest {

    @ParameterizedTest(name = "{0} -> {1} [{2}]")
    @CsvSource(delimiter = '|', value = {
        "6 tin            | 6    | tin",
        "06 tin, bài      | 6    | tin bai",
        "' 5  sáng kiến ' | 5    | sang kien",
        "1.200 hồ sơ      | 1200 | ho so",
        "12 TIN BÀI       | 12   | tin bai",
        "3\u00a0cuộc      | 3    | cuoc",
        "6 (tin)          | 6    | tin",
        "đạt 6 tin        | 6    | tin",
        "Đạt được 2 sáng kiến | 2 | sang kien",
    })
    void aNumberFollowedByWords(String text, String number, String words) {
        NumberAndWords read = NumberAndWords.parse(text).orElseThrow();
        assertThat(read.number()).isEqualByComparingTo(new BigDecimal(number));
        assertThat(read.words()).isEqualTo(words);
    }

    @ParameterizedTest
    @ValueSource(strings = {"6", "tin 6", "6tin", "6 tin/tháng", "6 tin (2 bài)", "95% hồ sơ", "khoảng 6 tin", "6 - tin",
        "6 (2 tin)", "(6) tin",
        "02 tin/tháng", "", "tin"})
    void notANumberFollowedByWords(String text) {
        assertThat(NumberAndWords.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}/{2} [{3}] {4}")
    @CsvSource(delimiter = '|', value = {
        "45/50             | 45   | 50   | ''      | ",
        "45 / 50           | 45   | 50   | ''      | ",
        "1.150/1.200       | 1150 | 1200 | ''      | ",
        "45/50 hồ sơ       | 45   | 50   | ho so   | ",
        "45/50, đạt        | 45   | 50   | dat     | ",
        "58/58 (100%)      | 58   | 58   | ''      | 100",
        "37/40 = 92,5%     | 37   | 40   | ''      | 92.5",
        "45/50 hồ sơ (90%) | 45   | 50   | ho so   | 90",
        "0/0               | 0    | 0    | ''      | ",
        "90% (45/50)       | 45   | 50   | ''      | 90",
        "92,5 % (37/40 hồ sơ) | 37 | 40  | ho so   | 92.5",
        "đạt 45/50         | 45   | 50   | ''      | ",
    })
    void aRatioInOneCell(String text, String numerator, String denominator, String words, String stated) {
        WrittenRatio read = WrittenRatio.parse(text).orElseThrow();
        assertThat(read.numerator()).isEqualByComparingTo(new BigDecimal(numerator));
        assertThat(read.denominator()).isEqualByComparingTo(new BigDecimal(denominator));
        assertThat(read.words()).isEqualTo(words);
        if (stated == null) {
            assertThat(read.stated()).isNull();
        } else {
            assertThat(read.stated()).isEqualByComparingTo(new BigDecimal(stated));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/3/2026", "45/", "/50", "45/50hồ sơ", "45%/50", "45/50 (90%", "45/50 (abc)",
        "a/b", "45/50/60", "45/50 = ", "90", "02 tin/tháng", "1/2 (3/4)", "90% (45/50) (x)", "abc (45/50)"})
    void notARatio(String text) {
        assertThat(WrittenRatio.parse(text)).isEmpty();
    }
}
