package vn.cchc.rollup.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Keeps two processes sharing one database from running the consolidation at the same time.
 * On PostgreSQL: a session-level advisory lock, held on a connection of its own for as long as
 * the run lasts and released by the server if the process dies. An H2 file database is opened by
 * one process only (H2 locks the file), so there is nothing more to hold.
 */
public final class DatabaseRunLock implements AutoCloseable {

    /** The advisory lock key of the consolidation job ("CCHC" in ASCII). */
    static final long KEY = 0x43434843L;

    private final boolean acquired;
    private final Connection connection;

    private DatabaseRunLock(boolean acquired, Connection connection) {
        this.acquired = acquired;
        this.connection = connection;
    }

    /** Takes the lock if no other process holds it; see {@link #acquired()}. */
    public static DatabaseRunLock tryAcquire(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            if (!isPostgres(connection)) {
                connection.close();
                return new DatabaseRunLock(true, null);
            }
            try (PreparedStatement ps = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                ps.setLong(1, KEY);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return new DatabaseRunLock(true, connection);
                    }
                }
            }
            connection.close();
            return new DatabaseRunLock(false, null);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    static boolean isPostgres(Connection connection) throws SQLException {
        return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    }

    /** False when another process is running the consolidation on the same database. */
    public boolean acquired() {
        return acquired;
    }

    @Override
    public void close() throws SQLException {
        if (connection == null) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            ps.setLong(1, KEY);
            ps.execute();
        } finally {
            connection.close();
        }
    }
}
