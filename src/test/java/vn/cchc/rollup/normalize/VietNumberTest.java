package vn.cchc.rollup.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietNumberTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "95,5        | 95.5   | false",
        "1.234       | 1234   | false",
        "1.234,5     | 1234.5 | false",
        "1,234.5     | 1234.5 | false",
        "95.5        | 95.5   | false",
        "0,955       | 0.955  | false",
        "0.955       | 0.955  | false",
        "95,5%       | 95.5   | true",
        "95,5 %      | 95.5   | true",
        "100%        | 100    | true",
        "1.234.567   | 1234567 | false",
        "1,234,567   | 1234567 | false",
        "12          | 12     | false",
        "-5          | -5     | false",
        "' 1 200 '   | 1200   | false",
        "99,0        | 99.0   | false",
        "1.500       | 1500   | false",
        "98,2 (*)    | 98.2   | false",
        "98,2*       | 98.2   | false",
        "95,5% (**)  | 95.5   | true",
        "đạt 95,5%   | 95.5   | true",
        "Đạt: 99,1 % | 99.1   | true",
        "ĐẠT ĐƯỢC 12 | 12     | false",
        "95% (đạt)   | 95     | true",
        "'95,5 % (vượt chỉ tiêu)' | 95.5 | true",
        "90 phần trăm | 90    | true",
        "90 PHẦN TRĂM | 90    | true",
        "95%.        | 95     | true",
        "1.500.      | 1500   | false",
    })
    void readsVietnameseAndEnglishNotation(String text, String expected, boolean percent) {
        VietNumber.Parsed parsed = VietNumber.parse(text).orElseThrow();
        assertThat(parsed.value()).isEqualByComparingTo(new BigDecimal(expected));
        assertThat(parsed.percentSign()).isEqualTo(percent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"khoảng 90", "abc", "9O", "1.2.3,4,5", "95,5,5", "%", "1,23.4", "(*)", "98,2 (1)", "đạt", "Đạt",
        "không đạt 90%", "đạt90", "95 (đạt)", "95% (45/50 đạt)", "90 phần", "95..", "."})
    void refusesWhatIsNotANumber(String text) {
        assertThat(VietNumber.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-", "—", "N/A", "n/a"})
    void placeholdersAreBlank(String text) {
        assertThat(VietNumber.isBlank(text)).isTrue();
    }
}
