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

    @Test
    void countsAsSplittingIntoParagraphsAndWordsWould() {
        java.util.Random random = new java.util.Random(42);
        String[] pieces = {"a", "Tỷ", "lệ", "hồ", "sơ", "TTHC", "đúng", "hạn,", " ", " ", "  ", "\n", "\n\n", "😀",
            "2026-Q1/SO-NOIVU_BC-CCHC_2026-Q1.xls", "x", "", "\uD800"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            int width = 1 + random.nextInt(60);
            assertThat(TextLines.count(text.toString(), width)).as("\"%s\" at %d", text, width)
                    .isEqualTo(splitting(text.toString(), width));
        }
    }

    /** The rule written the obvious way, with String.split. */
    private static int splitting(String text, int width) {
        double room = Math.max(1, width - 1.5);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            double used = 0;
            for (String word : paragraph.split(" ")) {
                double length = word.codePointCount(0, word.length()) * 1.1;
                double needed = used == 0 ? length : used + 1.1 + length;
                if (needed <= room || used == 0) {
                    used = needed;
                    while (used > room) {
                        lines++;
                        used -= room;
                    }
                } else {
                    lines++;
                    used = length;
                }
            }
        }
        return lines;
    }
}
