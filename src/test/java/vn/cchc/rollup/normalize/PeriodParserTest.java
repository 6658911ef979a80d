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
        "06 THÁNG ĐẦU NĂM 2026      | 2026-H1",
        "09 tháng năm 2026          | 2026-9M",
        "3 tháng đầu năm 2026       | 2026-Q1",
        "BÁO CÁO CÔNG TÁC CCHC 03 THÁNG ĐẦU NĂM 2026 | 2026-Q1",
        "ba tháng cuối năm 2026     | 2026-Q4",
        "Q.I/2026                   | 2026-Q1",
        "Quý. II/2026               | 2026-Q2",
        "Tháng 3 năm 2026           | 2026-M03",
        "Số liệu từ ngày 15/12/2025 đến ngày 14/3/2026 | 2026-Q1",
        "(Từ 15/3/2026 đến 14/6/2026)                  | 2026-Q2",
        "từ ngày 15/12/2025 đến hết ngày 14/6/2026     | 2026-H1",
        "từ 15-12-2025 - 14-9-2026                     | 2026-9M",
        "Số liệu từ 15/12/2025 đến 14/12/2026          | 2026",
        "từ ngày 01/01/2026 đến ngày 31/3/2026         | 2026-Q1",
        "từ ngày 1/7/2026 đến ngày 31/12/2026          | 2026-H2",
        "BÁO CÁO QUÝ II NĂM 2026 (số liệu từ 15/12/2025 đến 14/3/2026) | 2026-Q2",
        "Quý một năm 2026           | 2026-Q1",
        "QUÝ HAI/2026               | 2026-Q2",
        "quý tư năm 2026            | 2026-Q4",
        "Quý Ba - 2026              | 2026-Q3",
        "Quý I, II năm 2026         | 2026-H1",
        "Quý I và II/2026           | 2026-H1",
        "quý I và quý II năm 2026   | 2026-H1",
        "Quý III+IV năm 2026        | 2026-H2",
        "Quý I, II, III năm 2026    | 2026-9M",
        "Quý 1, 2, 3, 4 năm 2026    | 2026",
        "tháng 1-3/2026             | 2026-Q1",
        "Tháng 01 - 06/2026         | 2026-H1",
        "từ tháng 1 đến tháng 9 năm 2026 | 2026-9M",
        "T1-T12/2026                | 2026",
        "tháng 4 - 6 năm 2026       | 2026-Q2",
        "01/01/2026 - 31/03/2026    | 2026-Q1",
        "15/12/2025 đến 14/6/2026   | 2026-H1",
        "Quý I (từ 01/01 đến 31/3/2026) | 2026-Q1",
        "từ 15/12 đến 14/3/2026     | 2026-Q1",
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
    @ValueSource(strings = {"", "Quý V/2026", "tháng 13/2026", "cuối kỳ", "Q1", "từ ngày 10/01/2026 đến ngày 20/3/2026",
        "từ ngày 15/12/2025 đến ngày 31/2/2026", "Hà Tĩnh, ngày 14/3/2026",
        "Quý I, III năm 2026", "Quý II, III/2026", "tháng 2-4/2026", "tháng 2 - 4 năm 2026", "từ tháng 3 đến tháng 5 năm 2026",
        "ngày 05/4/2026 - 10/4/2026"})
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

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "So Noi vu - Quy I.xlsx     | QUARTER     | 1",
        "skhcn_q3                   | QUARTER     | 3",
        "QUÝ IV                     | QUARTER     | 4",
        "VP UBND 9 thang.xlsx       | NINE_MONTHS | 1",
        "6 tháng đầu năm            | HALF        | 1",
        "6 thang cuoi nam           | HALF        | 2",
        "Tháng 11                   | MONTH       | 11",
        "bc 06 thang.xlsx           | HALF        | 1",
        "03 tháng đầu năm           | QUARTER     | 1",
        "3 thang cuoi nam           | QUARTER     | 4",
        "09 tháng                   | NINE_MONTHS | 1",
    })
    void readsPeriodsWithoutTheirYear(String text, PeriodKind kind, int index) {
        assertThat(PeriodParser.findWithoutYear(text)).contains(new PeriodWithoutYear(kind, index));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Quy dinh moi.xlsx", "Quỹ phúc lợi", "quy che", "Quý I/2026", "T3 bao cao", "Nam Hong Linh", "Báo cáo năm",
        "33 tháng", "Điều 3", "Q.Ba Đình", "Quý II, III năm 2026", "tháng 2-4/2026"})
    void noPeriodWithoutYearInOrdinaryWordsNorWhenTheYearIsThere(String text) {
        assertThat(PeriodParser.findWithoutYear(text)).isEmpty();
    }

    @Test
    void theOneYearATextNames() {
        assertThat(PeriodParser.findYear("2026")).contains(2026);
        assertThat(PeriodParser.findYear("BÁO CÁO CCHC 2026, lập ngày 05/04/2025")).contains(2026);
        assertThat(PeriodParser.findYear("Giai đoạn 2021-2025")).isEmpty();
        assertThat(PeriodParser.findYear("Báo cáo")).isEmpty();
        assertThat(PeriodParser.findYear("mã 120261")).isEmpty();
    }

    @Test
    void aPeriodWithoutYearTakesOne() {
        assertThat(new PeriodWithoutYear(PeriodKind.QUARTER, 1).in(2026)).isEqualTo(Period.quarter(2026, 1));
        assertThat(new PeriodWithoutYear(PeriodKind.QUARTER, 2).label()).isEqualTo("Quý II");
        assertThat(new PeriodWithoutYear(PeriodKind.NINE_MONTHS, 1).label()).isEqualTo("9 tháng");
        assertThat(new PeriodWithoutYear(PeriodKind.HALF, 1).matches(Period.half(2025, 1))).isTrue();
        assertThat(new PeriodWithoutYear(PeriodKind.HALF, 1).matches(Period.quarter(2025, 1))).isFalse();
    }
}
