package vn.cchc.rollup.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandScaleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "100, Xuất sắc", "90, Xuất sắc", "89.99, Tốt", "80, Tốt", "79.999, Khá", "70, Khá",
        "69.99, Trung bình", "50, Trung bình", "49.99, Yếu", "0, Yếu"})
    void defaultBoundaries(String score, String band) {
        assertThat(BandScale.defaults().classify(new BigDecimal(score)).name()).isEqualTo(band);
    }

    @Test
    void planPropertiesChangeTheScale() {
        Properties properties = new Properties();
        properties.setProperty(BandScale.PROPERTY, "Đạt: 60; Không đạt:0; Xuất sắc:95,5");

        BandScale scale = BandScale.of(properties);

        assertThat(scale.bands()).extracting(Band::name).containsExactly("Xuất sắc", "Đạt", "Không đạt");
        assertThat(scale.classify(new BigDecimal("95.5")).name()).isEqualTo("Xuất sắc");
        assertThat(scale.classify(new BigDecimal("95.49")).name()).isEqualTo("Đạt");
        assertThat(scale.classify(new BigDecimal("59.99")).name()).isEqualTo("Không đạt");
    }

    @Test
    void withoutTheKeyTheDefaultApplies() {
        assertThat(BandScale.of(new Properties()).bands()).extracting(Band::name)
                .containsExactly("Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu");
    }

    @Test
    void aScoreBelowEveryMinimumFallsInTheLowestBand() {
        BandScale scale = BandScale.parse("A:90;B:50");

        assertThat(scale.classify(new BigDecimal("10")).name()).isEqualTo("B");
    }

    @Test
    void malformedBandIsRefused() {
        assertThatThrownBy(() -> BandScale.parse("Xuất sắc 90")).isInstanceOf(IllegalArgumentException.class);
    }
}
