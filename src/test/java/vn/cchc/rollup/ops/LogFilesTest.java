package vn.cchc.rollup.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class LogFilesTest {

    @TempDir
    Path folder;

    @Test
    void logLinesAlsoGoToTheRotatedFileUnderTheGivenFolder() throws Exception {
        Path file = LogFiles.attach(folder.resolve("logs"));
        assertThat(LogFiles.attach(folder.resolve("logs"))).isEqualTo(file);
        LoggerFactory.getLogger("vn.cchc.rollup.ops.LogFilesTest").info("Đã quét thư mục báo cáo");
        assertThat(file).isEqualTo(folder.resolve("logs/cchc-rollup.log"));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("INFO").contains("Đã quét thư mục báo cáo");
    }
}
