package vn.cchc.rollup.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TextMemoTest {

    @Test
    void aTextSeenBeforeIsNotComputedAgainAndLongTextsAreNotKept() {
        AtomicInteger calls = new AtomicInteger();
        TextMemo<String> memo = new TextMemo<>(text -> {
            calls.incrementAndGet();
            return VietText.fold(text);
        });
        assertThat(memo.apply("Sở Nội vụ")).isEqualTo("so noi vu");
        assertThat(memo.apply(new String("Sở Nội vụ"))).isEqualTo("so noi vu");
        assertThat(calls).hasValue(1);

        String longText = "Tỷ lệ hồ sơ ".repeat(40);
        memo.apply(longText);
        memo.apply(longText);
        assertThat(calls).hasValue(3);
        assertThat(memo.apply(null)).isEqualTo("");
    }

    @Test
    void staysCorrectWhenFull() {
        TextMemo<String> memo = new TextMemo<>(VietText::key);
        for (int i = 0; i < 120_000; i++) {
            String text = "Xã Đức Thọ " + i;
            assertThat(memo.apply(text)).isEqualTo("xa duc tho " + i);
        }
        assertThat(memo.apply("Xã Đức Thọ 7")).isEqualTo("xa duc tho 7");
    }
}
