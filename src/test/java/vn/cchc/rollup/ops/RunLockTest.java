package vn.cchc.rollup.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {

    @TempDir
    Path data;

    @Test
    void aSecondHolderIsRefusedAndToldWhoHoldsTheLock() throws Exception {
        try (RunLock first = RunLock.acquire(data, "serve nightly")) {
            assertThat(data.resolve(RunLock.LOCK_FILE)).exists();
            LockInfo holder = RunLock.holder(data).orElseThrow();
            assertThat(holder.pid()).isEqualTo(ProcessHandle.current().pid());
            assertThat(holder.command()).isEqualTo("serve nightly");

            assertThatThrownBy(() -> RunLock.acquire(data, "run"))
                    .isInstanceOf(RunLock.HeldException.class)
                    .hasMessageContaining("lệnh \"serve nightly\"")
                    .hasMessageContaining("PID " + ProcessHandle.current().pid())
                    .hasMessageContaining("từ ");
            // the refused attempt must not have dropped the first holder's lock
            assertThat(RunLock.holder(data)).isPresent();
        }
        assertThat(RunLock.holder(data)).isEmpty();
        assertThat(data.resolve(RunLock.INFO_FILE)).doesNotExist();
        try (RunLock again = RunLock.acquire(data, "run")) {
            assertThat(RunLock.holder(data).orElseThrow().command()).isEqualTo("run");
        }
    }

    @Test
    void aLeftoverInfoFileOfADeadRunDoesNotHoldTheLock() throws Exception {
        Files.writeString(data.resolve(RunLock.LOCK_FILE), "");
        Files.writeString(data.resolve(RunLock.INFO_FILE), "host=old\npid=1\nsince=2026-01-01T00:00:00Z\ncommand=run\n");
        assertThat(RunLock.holder(data)).isEmpty();
        try (RunLock lock = RunLock.acquire(data, "run")) {
            assertThat(RunLock.holder(data).orElseThrow().pid()).isEqualTo(ProcessHandle.current().pid());
        }
    }
}
