package vn.cchc.rollup;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.cchc.rollup.score.EvaluationTable;

/** Real H2 databases with the application's Flyway schema, for tests that store or sum in SQL. */
public final class TestDatabases {

    private static final AtomicInteger NAMES = new AtomicInteger();

    private TestDatabases() {
    }

    /** A database in files under {@code dir}, as the job keeps it. */
    public static JdbcTemplate h2(Path dir) {
        return migrated(new DriverManagerDataSource(
                "jdbc:h2:file:" + dir.resolve("db/cchc").toString().replace('\\', '/'), "sa", ""));
    }

    /** A database of its own in memory, kept until the tests end. */
    public static JdbcTemplate inMemory() {
        return migrated(new DriverManagerDataSource(
                "jdbc:h2:mem:test-" + NAMES.incrementAndGet() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }

    /** An evaluation table in a database of its own in memory. */
    public static EvaluationTable evaluationTable() {
        return new EvaluationTable(inMemory());
    }

    private static JdbcTemplate migrated(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return new JdbcTemplate(dataSource);
    }
}
