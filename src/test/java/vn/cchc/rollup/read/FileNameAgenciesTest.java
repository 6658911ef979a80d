package vn.cchc.rollup.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.normalize.VietText;

class FileNameAgenciesTest {

    private final Plan plan = PlanLoader.builtIn();
    private final FileNameAgencies names = new FileNameAgencies(plan);

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

    @Test
    void theLongestNameWinsOverACodeOrAShorterNameItContains() {
        // "Sở Nội vụ" is inside the name; the file names the agency by its longer name
        assertThat(find("Bao cao So Ngoai vu va So Noi vu.xlsx")).isEqualTo("SO-NGOAIVU");
    }

    /** The definition: every code and name tested against the whole file name, in plan order. */
    @Test
    void findsWhatComparingEveryAgencyWithTheNameFinds() {
        List<Agency> agencies = plan.agencies();
        Random random = new Random(11);
        String[] noise = {"_", "-", " ", "bao cao ", "BC_", "2026-Q1", ".xlsx", "ban sua ", "Đợt 2 ", "(1)"};
        for (int i = 0; i < 3_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int part = random.nextInt(4); part >= 0; part--) {
                Agency agency = agencies.get(random.nextInt(agencies.size()));
                String text = random.nextBoolean() ? agency.code() : agency.name();
                if (random.nextInt(4) == 0) { // a piece of it only
                    int from = random.nextInt(text.length());
                    text = text.substring(from, from + random.nextInt(text.length() - from) + 1);
                }
                name.append(noise[random.nextInt(noise.length)]).append(random.nextBoolean() ? text : text.toLowerCase());
            }
            String fileName = name.toString();
            assertThat(names.find(fileName).map(Agency::code)).as(fileName).isEqualTo(byComparingEach(fileName));
        }
    }

    private Optional<String> byComparingEach(String fileName) {
        String squeezed = VietText.key(fileName).replace(" ", "");
        Agency best = null;
        int bestLength = 0;
        for (Agency agency : plan.agencies()) {
            for (String key : List.of(agency.code(), agency.name())) {
                String candidate = VietText.key(key).replace(" ", "");
                if (candidate.length() > bestLength && squeezed.contains(candidate)) {
                    best = agency;
                    bestLength = candidate.length();
                }
            }
        }
        return Optional.ofNullable(best).map(Agency::code);
    }
}
