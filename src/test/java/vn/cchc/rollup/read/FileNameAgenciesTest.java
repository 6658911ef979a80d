package vn.cchc.rollup.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.PlanLoader;

class FileNameAgenciesTest {

    private final FileNameAgencies names = new FileNameAgencies(PlanLoader.builtIn());

    private String find(String fileName) {
        return names.find(fileName).map(Agency::code).orElse(null);
    }

    @Test
    void findsACodeOrANameWhateverTheSeparatorsCaseAndDiacritics() {
        assertThat(find("SO-NOIVU_BC-CCHC_2026-Q1.xlsx")).isEqualTo("SO-NOIVU");
        assertThat(find("so_noivu bao cao.csv")).isEqualTo("SO-NOIVU");
        assertThat(find("Báo cáo Sở Ngoại vụ quý I.xlsx")).isEqualTo("SO-NGOAIVU");
        assertThat(find("Bao cao so ngoai vu.xlsx")).isEqualTo("SO-NGOAIVU");
    }

    @Test
    void nothingWhenNoAgencyIsNamed() {
        assertThat(find("Tong-hop-cum-4_2026-Q2.xlsx")).isNull();
    }
}
