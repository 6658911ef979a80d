package vn.cchc.rollup.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LookTest {

    @ParameterizedTest
    @ValueSource(strings = {"c6efce", "C6EFCE", "000000", "Ff09aA"})
    void aFillIsSixHexDigitsKeptInUpperCase(String fill) {
        assertThat(Look.PLAIN.withFill(fill).fill()).isEqualTo(fill.toUpperCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "C6EFC", "C6EFCE0", "C6EFCG", "#C6EFC", "٣٣٣٣٣٣", "C6 EFC"})
    void anythingElseIsRefused(String fill) {
        assertThatThrownBy(() -> Look.PLAIN.withFill(fill)).isInstanceOf(IllegalArgumentException.class);
    }
}
