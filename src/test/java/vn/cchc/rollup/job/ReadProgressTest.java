package vn.cchc.rollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReadProgressTest {

    @Test
    void theProgressLineShowsFilesRateAndTimeLeft() {
        assertThat(ReadProgress.line(120, 300, Duration.ofSeconds(10)))
                .startsWith("Đọc tệp: 120/300 (40%) · 12,0 tệp/giây · còn khoảng 0:15");
        assertThat(ReadProgress.line(0, 0, Duration.ZERO)).startsWith("Đọc tệp: 0/0 (100%)");
        assertThat(ReadProgress.line(10, 1000, Duration.ofSeconds(20))).contains("còn khoảng 33:00");
    }
}
