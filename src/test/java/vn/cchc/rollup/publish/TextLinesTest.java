package vn.cchc.rollup.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLinesTest {

    @Test
    void wordsWrapAtTheColumnWidth() {
        assertThat(TextLines.count("Chưa báo cáo", 20)).isEqualTo(1);
        assertThat(TextLines.count("Chưa báo cáo", 11)).isEqualTo(2);
        assertThat(TextLines.count("Tỷ lệ hồ sơ TTHC được giải quyết trước hạn, đúng hạn", 48)).isEqualTo(2);
        assertThat(TextLines.count("Tỷ lệ hồ sơ TTHC được giải quyết trước hạn, đúng hạn", 70)).isEqualTo(1);
    }

    @Test
    void aWordLongerThanTheColumnBreaksAndLineBreaksCount() {
        assertThat(TextLines.count("2026-Q1/SO-NOIVU_BC-CCHC_2026-Q1.xls", 12)).isEqualTo(4);
        assertThat(TextLines.count("một\nhai\nba", 30)).isEqualTo(3);
    }
}
