package vn.cchc.rollup.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelWritesTest {

    private final Set<Integer> written = ConcurrentHashMap.newKeySet();

    @Test
    void everyItemIsWrittenOnce() throws IOException {
        List<Integer> items = IntStream.range(0, 500).boxed().toList();
        ParallelWrites.forEach(items, item -> assertThat(written.add(item)).isTrue());
        assertThat(written).hasSize(500);
    }

    @Test
    void theOthersCompleteAndTheFirstFailureInItemOrderIsThrown() {
        List<Integer> items = IntStream.range(0, 100).boxed().toList();
        assertThatThrownBy(() -> ParallelWrites.forEach(items, item -> {
            if (item == 30 || item == 70) {
                throw new IOException("disk full at " + item);
            }
            written.add(item);
        })).isInstanceOf(IOException.class).hasMessage("disk full at 30");
        assertThat(written).hasSize(98);
    }

    @Test
    void aRuntimeFailureKeepsItsType() {
        assertThatThrownBy(() -> ParallelWrites.forEach(List.of(1, 2), item -> {
            throw new IllegalStateException("no score for " + item);
        })).isInstanceOf(IllegalStateException.class).hasMessage("no score for 1");
    }
}
