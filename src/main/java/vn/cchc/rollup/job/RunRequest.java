package vn.cchc.rollup.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What one run is asked to do: the folders, how long a file must stay untouched before it is read
 * (null: the configured {@code cchc.stable-seconds}, 60 by default), and which periods to publish
 * (empty: all that have data).
 */
public record RunRequest(Path input, Path output, Path data, Duration quietPeriod, List<String> periods) {

    public RunRequest {
        input = input.toAbsolutePath().normalize();
        output = output.toAbsolutePath().normalize();
        data = data.toAbsolutePath().normalize();
        periods = List.copyOf(periods);
    }
}
