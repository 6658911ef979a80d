package vn.cchc.rollup.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StableFilesTest {

    @TempDir
    Path folder;

    @Test
    void filesModifiedWithinTheQuietPeriodOrNamedAsTemporaryWait() throws Exception {
        Instant now = Instant.parse("2026-07-01T02:00:00Z");
        Path old = touch("so-noi-vu.xlsx", now.minusSeconds(3600));
        Path copying = touch("so-tai-chinh.xlsx", now.minusSeconds(10));
        Path owner = touch("~$so-noi-vu.xlsx", now.minusSeconds(3600));
        Path tmp = touch("bao-cao.xlsx.tmp", now.minusSeconds(3600));
        Path part = touch("bao-cao.csv.part", now.minusSeconds(3600));
        Path libre = touch(".~lock.bao-cao.xlsx#", now.minusSeconds(3600));
        Path edge = touch("xa.csv", now.minusSeconds(60));

        StableFiles.Split split = new StableFiles(Duration.ofSeconds(60), now)
                .split(List.of(old, copying, owner, tmp, part, libre, edge));

        assertThat(split.ready()).containsExactly(old, edge);
        assertThat(split.waiting()).containsExactly(copying, owner, tmp, part, libre);
    }

    @Test
    void aZeroQuietPeriodOnlyHoldsBackTemporaryNames() throws Exception {
        Instant now = Instant.now();
        Path fresh = touch("moi.xlsx", now);
        Path owner = touch("~$moi.xlsx", now);
        StableFiles.Split split = new StableFiles(Duration.ZERO, now).split(List.of(fresh, owner));
        assertThat(split.ready()).containsExactly(fresh);
        assertThat(split.waiting()).containsExactly(owner);
    }

    private Path touch(String name, Instant modified) throws Exception {
        Path file = Files.writeString(folder.resolve(name), "x");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
