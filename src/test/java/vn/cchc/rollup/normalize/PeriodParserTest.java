package vn.cchc.rollup.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodParserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Quý I/2026                 | 2026-Q1",
        "QUÝ 1 NĂM 2026             | 2026-Q1",
        "Q1-2026                    | 2026-Q1",
        "quy iv nam 2026            | 2026-Q4",
        "Quý III - 2026             | 2026-Q3",
        "2026-Q2                    | 2026-Q2",
        "6 tháng đầu năm 2026       | 2026-H1",
        "6 THÁNG ĐẦU NĂM 2026       | 2026-H1",
        "6 tháng cuối năm 2026      | 2026-H2",
        "2026-H1                    | 2026-H1",
        "9 tháng năm 2026           | 2026-9M",
        "9 tháng đầu năm 2026       | 2026-9M",
        "2026-9M                    | 2026-9M",
        "Năm 2026                   | 2026",
        "2026                       | 2026",
        "Tháng 3/2026               | 2026-M03",
        "tháng 03 năm 2026          | 2026-M03",
        "2026-M11                   | 2026-M11",
        "BÁO CÁO KẾT QUẢ CCHC QUÝ I NĂM 2026 | 2026-Q1",
    })
    void readsPeriodsInWords(String text, String code) {
        assertThat(PeriodParser.parse(text)).map(Period::code).contains(code);
    }

    @Test
    void nfdAndNoDiacriticsReadAlike() {
        String nfd = java.text.Normalizer.normalize("Quý II/2026", java.text.Normalizer.Form.NFD);
        assertThat(PeriodParser.parse(nfd)).map(Period::code).contains("2026-Q2");
        assertThat(PeriodParser.parse("Quy II/2026")).map(Period::code).contains("2026-Q2");
    }

    @Test
    void aDateIsNotAPeriod() {
        assertThat(PeriodParser.find("Hà Tĩnh, ngày 05 tháng 4 năm 2026")).isEmpty();
        assertThat(PeriodParser.find("Báo cáo quý I năm 2026, Hà Tĩnh, ngày 05 tháng 4 năm 2026"))
                .map(Period::code).contains("2026-Q1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Quý V/2026", "tháng 13/2026", "cuối kỳ", "Q1"})
    void refusesWhatIsNotAPeriod(String text) {
        assertThat(PeriodParser.parse(text)).isEmpty();
    }

    @Test
    void periodsKnowTheirLengthBoundsAndLabels() {
        Period q1 = Period.ofCode("2026-Q1");
        assertThat(q1.months()).isEqualTo(3);
        assertThat(q1.end()).isEqualTo(java.time.LocalDate.of(2026, 3, 31));
        assertThat(q1.label()).isEqualTo("Quý I/2026");
        assertThat(Period.ofCode("2026-H1").months()).isEqualTo(6);
        assertThat(Period.ofCode("2026").isAnnual()).isTrue();
        assertThat(Period.ofCode("2026-9M").start()).isEqualTo(java.time.LocalDate.of(2026, 1, 1));
        assertThat(Period.ofCode("2026-Q1").previousYear().code()).isEqualTo("2025-Q1");
        assertThat(Period.ofCode("2026-Q1")).isLessThan(Period.ofCode("2026-H1"));
    }
}
