package vn.cchc.rollup.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WriterWarmupTest {

    @Test
    void warmingUpLeavesNoFileBehind() throws IOException {
        // where POI's default strategy puts the streaming workbook's temporary sheets
        Path temp = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        Set<Path> before = filesUnder(temp);
        WriterWarmup.run();
        WriterWarmup.run();
        assertThat(filesUnder(temp)).as("the streaming workbook's temporary sheets are deleted").isSubsetOf(before);
    }

    private static Set<Path> filesUnder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().contains("poi-sxssf"))
                    .collect(Collectors.toSet());
        } catch (java.io.UncheckedIOException e) {
            // a file of another process vanished while listed: list again
            return filesUnder(folder);
        }
    }
}
