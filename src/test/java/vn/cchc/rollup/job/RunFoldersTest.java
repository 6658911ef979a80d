package vn.cchc.rollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Plan;

class RunFoldersTest {

    @TempDir
    Path dir;

    @Test
    void aPlanWhoseFilesAreUnchangedIsLoadedOnceAndAnEditedOneAgain() throws IOException {
        Path plans = Files.createDirectories(dir.resolve("input/plans"));
        for (String name : new String[] {"agencies-ha-tinh.csv", "areas.csv", "indicators-2026.csv", "plan.properties"}) {
            Files.copy(Path.of("input/plans", name), plans.resolve(name));
        }
        RunFolders folders = new RunFolders(dir.resolve("input"), dir.resolve("output"));

        Plan first = folders.plan();
        assertThat(new RunFolders(dir.resolve("input"), dir.resolve("elsewhere")).plan()).isSameAs(first);

        Path agencies = plans.resolve("agencies-ha-tinh.csv");
        Files.writeString(agencies, Files.readString(agencies).replace("SO-NOIVU,Sở Nội vụ,", "SO-NOIVU,Sở Nội vụ tỉnh,"),
                StandardCharsets.UTF_8);
        Plan edited = folders.plan();
        assertThat(edited).isNotSameAs(first);
        assertThat(edited.agency("SO-NOIVU")).map(Agency::name).contains("Sở Nội vụ tỉnh");
        assertThat(first.agency("SO-NOIVU")).map(Agency::name).contains("Sở Nội vụ");

        Path other = Files.createDirectories(dir.resolve("other/plans"));
        Files.copy(agencies, other.resolve("agencies-ha-tinh.csv"));
        for (String name : new String[] {"areas.csv", "indicators-2026.csv", "plan.properties"}) {
            Files.copy(plans.resolve(name), other.resolve(name));
        }
        assertThat(new RunFolders(dir.resolve("other"), dir.resolve("output")).plan())
                .as("the same files in another folder: loaded from there").isNotSameAs(edited);
    }
}
