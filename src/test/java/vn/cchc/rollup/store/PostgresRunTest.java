package vn.cchc.rollup.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.cli.Cli;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.sample.SampleGenerator;

/**
 * The real job against a real PostgreSQL server (CCHC_TEST_PG_URL, set by .ci/run), each test in a
 * schema of its own: same outputs as on H2, and no second run while one holds the run lock.
 */
@EnabledIfEnvironmentVariable(named = "CCHC_TEST_PG_URL", matches = "jdbc:postgresql:.*")
class PostgresRunTest {

    @TempDir
    Path root;
    Path input;
    String jdbcUrl;
    String user;
    String password;

    @BeforeEach
    void freshSchemaAndSamples() throws Exception {
        String url = System.getenv("CCHC_TEST_PG_URL");
        Map<String, String> query = query(url);
        user = query.getOrDefault("user", "");
        password = query.getOrDefault("password", "");
        String base = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        String schema = "t" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(base, user, password); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        jdbcUrl = base + "?currentSchema=" + schema;
        input = root.resolve("input");
        SampleGenerator.generate(PlanLoader.builtIn(), List.of(Period.quarter(2026, 1)), input.resolve("reports"), 7L);
    }

    @Test
    void sameOutputsOnPostgresAsOnH2AndIncrementalRunReadsNothingAgain() throws Exception {
        Path pgOut = root.resolve("out-pg");
        Path h2Out = root.resolve("out-h2");
        Result pg = run("--output", pgOut.toString(), "--data", root.resolve("unused").toString(),
                "--db-url", jdbcUrl, "--db-user", user, "--db-password", password);
        Result h2 = run("--output", h2Out.toString(), "--data", root.resolve("h2").toString());
        assertThat(pg.code()).as(pg.err()).isZero();
        assertThat(h2.code()).as(h2.err()).isZero();
        assertThat(Files.readString(pgOut.resolve("2026-Q1/facts.csv")))
                .isEqualTo(Files.readString(h2Out.resolve("2026-Q1/facts.csv")));
        assertThat(Files.readString(pgOut.resolve("rejects.csv"))).isEqualTo(Files.readString(h2Out.resolve("rejects.csv")));
        // scores and rollups are summed in SQL: PostgreSQL's sums must give the same figures
        assertThat(Files.readString(pgOut.resolve("2026-Q1/scores.csv")))
                .isEqualTo(Files.readString(h2Out.resolve("2026-Q1/scores.csv")));
        assertThat(count("select count(*) from evaluation where period = '2026-Q1'")).isEqualTo(15 * 28 + 30 * 21);
        assertThat(count("select count(*) from fact")).isGreaterThan(300);
        assertThat(root.resolve("unused/cchc.mv.db")).doesNotExist();

        Result again = run("--output", pgOut.toString(), "--data", root.resolve("unused").toString(),
                "--db-url", jdbcUrl, "--db-user", user, "--db-password", password);
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("mới 0, thay đổi 0");
        assertThat(count("select count(*) from batch_job_execution where status = 'COMPLETED'")).isEqualTo(2);
    }

    @Test
    void secondProcessDoesNotRunWhileAnotherHoldsTheRunLock() throws Exception {
        // this JVM plays the first process: it holds the lock the way a running job does
        try (Connection holder = DriverManager.getConnection(jdbcUrl, user, password);
             PreparedStatement lock = holder.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, DatabaseRunLock.KEY);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                assertThat(rs.getBoolean(1)).isTrue();
            }
            Result refused = run("--output", root.resolve("out").toString(), "--data", root.resolve("unused").toString(),
                    "--db-url", jdbcUrl, "--db-user", user, "--db-password", password);
            assertThat(refused.code()).as(refused.err()).isEqualTo(3);
            assertThat(refused.err()).contains("một lần chạy tổng hợp khác đang diễn ra");
            assertThat(count("select count(*) from batch_job_execution")).isZero();
            assertThat(count("select count(*) from fact")).isZero();
        }
        Result after = run("--output", root.resolve("out").toString(), "--data", root.resolve("unused").toString(),
                "--db-url", jdbcUrl, "--db-user", user, "--db-password", password);
        assertThat(after.code()).as(after.err()).isZero();
        assertThat(count("select count(*) from batch_job_execution where status = 'COMPLETED'")).isEqualTo(1);
    }

    private record Result(int code, String out, String err) {
    }

    private Result run(String... options) {
        List<String> args = new ArrayList<>(List.of("run", "--input", input.toString()));
        args.addAll(List.of(options));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, String> query(String url) {
        Map<String, String> params = new HashMap<>();
        String query = URI.create(url.substring("jdbc:".length())).getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                params.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return params;
    }
}
