package vn.cchc.rollup.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What one run is asked to do: the folders, how long a file must stay untouched before it is read
 * (null: the configured {@code cchc.stable-seconds}, 10 by default), and which periods to publish
 * (empty: all that have data), and Spring options such as the database to use ({@code --spring.datasource.url=…};
 * empty: the H2 file in {@code data}).
 */
public record RunRequest(Path input, Path output, Path data, Duration quietPeriod, List<String> periods,
        List<String> springArgs) {

    public RunRequest(Path input, Path output, Path data, Duration quietPeriod, List<String> periods) {
        this(input, output, data, quietPeriod, periods, List.of());
    }

    public RunRequest {
        input = input.toAbsolutePath().normalize();
        output = output.toAbsolutePath().normalize();
        data = data.toAbsolutePath().normalize();
        periods = List.copyOf(periods);
        springArgs = List.copyOf(springArgs);
    }
}
