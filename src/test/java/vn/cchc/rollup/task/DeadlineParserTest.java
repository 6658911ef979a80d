package vn.cchc.rollup.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlineParserTest {

    private static final int PLAN_YEAR = 2026;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Tháng 1/2026              | 2026-01-31
            Tháng 01/2026             | 2026-01-31
            Quý I/2026                | 2026-03-31
            Quý II, III/2026          | 2026-09-30
            Quý I, II năm 2026        | 2026-06-30
            Quý IV năm 2026           | 2026-12-31
            QUÝ IV NĂM 2026           | 2026-12-31
            Năm 2026                  | 2026-12-31
            Năm 2026 và năm tiếp theo | 2026-12-31
            Tháng 7                   | 2026-07-31
            Tháng 2                   | 2026-02-28
            Quy II/2027               | 2027-06-30
            15/10/2026                | 2026-10-15
            """)
    void datesInWords(String written, LocalDate expected) {
        Deadline deadline = DeadlineParser.parse(written, PLAN_YEAR);

        assertThat(deadline.kind()).isEqualTo(Deadline.Kind.DATE);
        assertThat(deadline.date()).isEqualTo(expected);
        assertThat(deadline.written()).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thường xuyên", "thuong xuyen", "Thường\nxuyên"})
    void recurring(String written) {
        Deadline deadline = DeadlineParser.parse(written, PLAN_YEAR);

        assertThat(deadline.kind()).isEqualTo(Deadline.Kind.RECURRING);
        assertThat(deadline.date()).isNull();
        assertThat(deadline.label()).isEqualTo("Thường xuyên");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Theo kế hoạch của UBND tỉnh", "Theo Kế hoạch của BNG", "Theo kế hoạch của TW và của tỉnh"})
    void noFixedDate(String written) {
        Deadline deadline = DeadlineParser.parse(written, PLAN_YEAR);

        assertThat(deadline.kind()).isEqualTo(Deadline.Kind.NO_FIXED_DATE);
        assertThat(deadline.date()).isNull();
        assertThat(deadline.label()).startsWith("Không có thời hạn cố định");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "sớm nhất có thể", "Quý V/2026", "Tháng 13/2026", "31/02/2026"})
    void unreadableIsAWarningNotACrash(String written) {
        Deadline deadline = DeadlineParser.parse(written, PLAN_YEAR);

        assertThat(deadline.kind()).isEqualTo(Deadline.Kind.UNREADABLE);
        assertThat(deadline.warning()).isNotBlank();
        assertThat(deadline.date()).isNull();
    }

    @org.junit.jupiter.api.Test
    void nullIsUnreadable() {
        assertThat(DeadlineParser.parse(null, PLAN_YEAR).kind()).isEqualTo(Deadline.Kind.UNREADABLE);
    }
}
