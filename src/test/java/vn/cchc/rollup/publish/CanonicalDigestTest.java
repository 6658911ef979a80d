package vn.cchc.rollup.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.AgencyKind;
import vn.cchc.rollup.normalize.Period;

class CanonicalDigestTest {

    record Score(Agency agency, Period period, Map<String, BigDecimal> areas, List<String> notes, LocalDate due) {
    }

    private static final Agency NOI_VU = new Agency("SO-NOIVU", "Sở Nội vụ", AgencyKind.SO, List.of());

    private static Score score(Map<String, BigDecimal> areas) {
        return new Score(NOI_VU, Period.quarter(2026, 1), areas, List.of("đúng hạn"), LocalDate.of(2026, 4, 10));
    }

    private static Map<String, BigDecimal> areas(String... codesAndScores) {
        Map<String, BigDecimal> areas = new LinkedHashMap<>();
        for (int i = 0; i < codesAndScores.length; i += 2) {
            areas.put(codesAndScores[i], new BigDecimal(codesAndScores[i + 1]));
        }
        return areas;
    }

    @Test
    void theSameContentHasTheSameDigestWhateverTheOrderOfAMap() {
        String one = CanonicalDigest.of(score(areas("CT", "90", "TTHC", "75.5", "TCBM", "60")));
        String other = CanonicalDigest.of(score(areas("TCBM", "60", "CT", "90", "TTHC", "75.5")));
        assertThat(one).isEqualTo(other).hasSize(64);
        assertThat(CanonicalDigest.of(Set.of("a", "b", "c"))).isEqualTo(CanonicalDigest.of(new HashSet<>(List.of("c", "b", "a"))));
    }

    @Test
    void anyChangeAnywhereChangesTheDigest() {
        String digest = CanonicalDigest.of(score(areas("CT", "90", "TTHC", "75.5")));
        assertThat(CanonicalDigest.of(score(areas("CT", "90", "TTHC", "75.4")))).isNotEqualTo(digest);
        assertThat(CanonicalDigest.of(score(areas("CT", "90")))).isNotEqualTo(digest);
        assertThat(CanonicalDigest.of(new Score(NOI_VU, Period.quarter(2026, 2), areas("CT", "90", "TTHC", "75.5"),
                List.of("đúng hạn"), LocalDate.of(2026, 4, 10)))).isNotEqualTo(digest);
        assertThat(CanonicalDigest.of(new Score(NOI_VU, Period.quarter(2026, 1), areas("CT", "90", "TTHC", "75.5"),
                List.of("đúng hạn"), LocalDate.of(2026, 4, 11)))).as("the day").isNotEqualTo(digest);
        assertThat(CanonicalDigest.of(List.of("ab", "c"))).isNotEqualTo(CanonicalDigest.of(List.of("a", "bc")));
        assertThat(CanonicalDigest.of(List.of("a", "b"))).isNotEqualTo(CanonicalDigest.of(List.of("b", "a")));
        assertThat(CanonicalDigest.of((Object) null)).isNotEqualTo(CanonicalDigest.of(""));
    }

    @Test
    void aLongTextMetAgainIsTellingWhichOneItRepeats() {
        String ducTho = "UBND xã Đức Thọ, huyện Đức Thọ";
        String noiVu = "Sở Nội vụ tỉnh Hà Tĩnh";
        String digest = CanonicalDigest.of(List.of(ducTho, noiVu, ducTho));
        assertThat(CanonicalDigest.of(List.of(ducTho, noiVu, noiVu))).isNotEqualTo(digest);
        assertThat(CanonicalDigest.of(List.of(ducTho, noiVu, ducTho + "."))).isNotEqualTo(digest);
        assertThat(CanonicalDigest.of(List.of(ducTho, noiVu))).isNotEqualTo(digest);
        // the same texts as other String objects: equal content, equal digest
        assertThat(CanonicalDigest.of(List.of(new String(ducTho), new String(noiVu), new String(ducTho))))
                .isEqualTo(digest);
        // a text written whole cannot pass for a reference, nor a reference for a text
        assertThat(CanonicalDigest.of(List.of(ducTho, "#0:"))).isNotEqualTo(CanonicalDigest.of(List.of(ducTho, ducTho)));
    }

    @Test
    void theTextOfAMapEntryIsWholeHoweverLong() {
        String longText = "x".repeat(200_000);
        assertThat(CanonicalDigest.of(Map.of("a", List.of(longText, "1"))))
                .isNotEqualTo(CanonicalDigest.of(Map.of("a", List.of(longText, "2"))));
    }

    @Test
    void thePlansAgenciesAreNamedByTheirCodes() {
        // the plan itself is part of every published file's key (PublishedKeys salt)
        Agency renamed = new Agency("SO-NOIVU", "Sở Nội vụ tỉnh", AgencyKind.SO, List.of("SNV"));
        assertThat(CanonicalDigest.of(renamed)).isEqualTo(CanonicalDigest.of(NOI_VU));
        assertThat(CanonicalDigest.of(new Agency("SO-TUPHAP", "Sở Nội vụ", AgencyKind.SO, List.of())))
                .isNotEqualTo(CanonicalDigest.of(NOI_VU));
    }

    @Test
    void aValueWithoutACanonicalFormIsRefused() {
        assertThatThrownBy(() -> CanonicalDigest.of(List.of(new Object())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Object");
    }
}
