package vn.cchc.rollup.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.AgencyKind;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.read.ParsedReport;
import vn.cchc.rollup.read.ReportParser;

class NationalSampleGeneratorTest {

    @TempDir
    Path root;

    @Test
    void nationalPlanHasDistinctAgenciesFoundByNameAndAlias() {
        Plan plan = NationalSampleGenerator.plan(PlanLoader.builtIn(), 4000);
        assertThat(plan.agencies()).hasSize(4000);
        assertThat(plan.agencies(AgencyKind.SO)).hasSize(700);
        Set<String> names = new HashSet<>();
        for (Agency agency : plan.agencies()) {
            assertThat(names.add(agency.name())).as(agency.name()).isTrue();
            assertThat(plan.findAgency(agency.name())).contains(agency);
        }
        Agency commune = plan.agencies(AgencyKind.XA).get(1234);
        assertThat(plan.findAgency("UBND " + commune.name().toLowerCase())).contains(commune);
    }

    @Test
    void writesEveryLayoutAndTypeAndThePlanReadsBackAndEveryFileParses() throws Exception {
        Plan plan = NationalSampleGenerator.plan(PlanLoader.builtIn(), 400);
        NationalSampleGenerator.writePlan(plan, root.resolve("plans"));
        Plan loaded = PlanLoader.load(root.resolve("plans"));
        assertThat(loaded.agencies()).isEqualTo(plan.agencies());
        assertThat(loaded.indicators()).isEqualTo(plan.indicators());

        Period period = Period.quarter(2026, 1);
        SampleManifest manifest = NationalSampleGenerator.generate(plan, period, root.resolve("reports"), 3L);
        Set<String> kinds = new HashSet<>();
        manifest.files().forEach(f -> kinds.add(f.layout() + "/" + f.format()));
        assertThat(kinds).hasSize(9);
        Set<String> covered = new HashSet<>();
        manifest.files().forEach(f -> covered.addAll(f.agencyCodes()));
        assertThat(covered).hasSize(400);

        ReportParser parser = new ReportParser(loaded);
        int facts = 0;
        for (SampleManifest.WrittenFile file : manifest.files()) {
            ParsedReport report = parser.parse(root.resolve("reports").resolve(file.path()), file.path());
            assertThat(report.rejects()).as(file.path()).isEmpty();
            assertThat(report.facts()).as(file.path()).allMatch(f -> f.period().equals(period));
            facts += report.facts().size();
        }
        assertThat(facts).isGreaterThan(400 * 15);

        Path again = root.resolve("again");
        NationalSampleGenerator.generate(plan, period, again, 3L);
        for (SampleManifest.WrittenFile file : List.of(manifest.files().get(0), manifest.files().get(manifest.files().size() - 1))) {
            assertThat(Files.readAllBytes(again.resolve(file.path())))
                    .isEqualTo(Files.readAllBytes(root.resolve("reports").resolve(file.path())));
        }
    }
}
