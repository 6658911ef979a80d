package vn.cchc.rollup.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.normalize.Period;

class PeriodFoldersTest {

    @TempDir
    Path output;

    @Test
    void aCommittedRunReplacesEachPeriodFolderWholeAndDropsPeriodsWithoutData() throws Exception {
        write(output.resolve("2026-Q1/facts.csv"), "old q1");
        write(output.resolve("2026-Q1/charts/old-chart.png"), "old chart");
        write(output.resolve("2025-Q4/facts.csv"), "stale period");
        write(output.resolve("mau-bao-cao/SO-NOIVU.xlsx"), "not a period folder");

        try (PeriodFolders folders = PeriodFolders.begin(output)) {
            Path q1 = folders.folder(Period.quarter(2026, 1));
            write(q1.resolve("facts.csv"), "new q1");
            write(folders.folder(Period.half(2026, 1)).resolve("facts.csv"), "new h1");
            assertThat(Files.readString(output.resolve("2026-Q1/facts.csv"))).isEqualTo("old q1");
            folders.commit(Set.of("2026-Q1", "2026-H1"));
        }

        assertThat(Files.readString(output.resolve("2026-Q1/facts.csv"))).isEqualTo("new q1");
        assertThat(output.resolve("2026-Q1/charts/old-chart.png")).doesNotExist();
        assertThat(Files.readString(output.resolve("2026-H1/facts.csv"))).isEqualTo("new h1");
        assertThat(output.resolve("2025-Q4")).doesNotExist();
        assertThat(output.resolve("mau-bao-cao/SO-NOIVU.xlsx")).exists();
        assertThat(hiddenEntries()).isEmpty();
    }

    @Test
    void aRunThatFailsBeforeCommitLeavesThePreviousOutputsUntouched() throws Exception {
        write(output.resolve("2026-Q1/facts.csv"), "old q1");
        try (PeriodFolders folders = PeriodFolders.begin(output)) {
            write(folders.folder(Period.quarter(2026, 1)).resolve("facts.csv"), "half-written");
            // the publisher fails here: no commit
        }
        assertThat(Files.readString(output.resolve("2026-Q1/facts.csv"))).isEqualTo("old q1");
        assertThat(hiddenEntries()).isEmpty();
    }

    @Test
    void aSwapCutByAKillIsUndoneByTheNextRun() throws Exception {
        // killed between moving 2026-Q1 aside and moving the new one in
        write(output.resolve(".old-2026-Q1/facts.csv"), "previous q1");
        write(output.resolve(".staging-123/2026-Q1/facts.csv"), "staged q1");
        try (PeriodFolders folders = PeriodFolders.begin(output)) {
            assertThat(Files.readString(output.resolve("2026-Q1/facts.csv"))).isEqualTo("previous q1");
            assertThat(output.resolve(".staging-123")).doesNotExist();
        }
        assertThat(hiddenEntries()).isEmpty();
    }

    private Stream<String> hiddenEntriesStream() throws Exception {
        return Files.list(output).map(p -> p.getFileName().toString()).filter(n -> n.startsWith("."));
    }

    private java.util.List<String> hiddenEntries() throws Exception {
        try (Stream<String> names = hiddenEntriesStream()) {
            return names.toList();
        }
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
