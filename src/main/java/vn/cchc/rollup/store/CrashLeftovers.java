package vn.cchc.rollup.store;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Clears what a killed process can leave behind in an embedded H2 database. H2 2.4's crash recovery
 * was seen (about once in fifty kills during the read step) to keep one row of a chunk that was never
 * committed while rolling back its file's row; the row may even be missing from the table's indexes,
 * so neither the foreign key, a delete by file nor a unique index would notice it, and the file read
 * again on resuming gave that value twice. Before a run that a killed process left unfinished is
 * resumed, each table of the files' rows is scanned whole for rows whose file is not stored, and
 * rebuilt without them; the evaluations, remade from the facts at every publication, are emptied
 * (a leftover there would count twice in the sums). On PostgreSQL nothing is done: a commit there
 * is atomic and durable.
 */
@Component
public class CrashLeftovers {

    private static final Logger log = LoggerFactory.getLogger(CrashLeftovers.class);
    /** Tables of rows belonging to a stored file; fact_history is not among them (it cannot be made again). */
    static final List<String> FILE_TABLES = List.of("fact", "reject", "read_warning", "task_report");

    private final JdbcTemplate jdbc;

    public CrashLeftovers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the rows removed */
    public int clear() {
        if (onPostgres()) {
            return 0;
        }
        int removed = 0;
        for (String table : FILE_TABLES) {
            resumeRebuild(table);
            Integer strays = jdbc.queryForObject("select count(*) from " + table + " use index () "
                    + "where file_path not in (select path from report_file)", Integer.class);
            if (strays != null && strays > 0) {
                log.warn("{} row(s) of {} belong to no stored file (left by a killed process): rebuilding {}",
                        strays, table, table);
                jdbc.execute("create table " + kept(table) + " as select * from " + table + " use index () "
                        + "where file_path in (select path from report_file)");
                resumeRebuild(table);
                removed += strays;
            }
        }
        jdbc.update("delete from evaluation");
        jdbc.update("delete from evaluation_digest");
        return removed;
    }

    /**
     * Refills {@code table} from the copy of its kept rows, if a copy is there: each statement is
     * committed by itself (DDL), so a process killed during a rebuild leaves the copy for the next.
     */
    private void resumeRebuild(String table) {
        Integer copies = jdbc.queryForObject("select count(*) from information_schema.tables "
                + "where lower(table_name) = ?", Integer.class, kept(table));
        if (copies == null || copies == 0) {
            return;
        }
        jdbc.execute("truncate table " + table);
        jdbc.execute("insert into " + table + " select * from " + kept(table));
        jdbc.execute("drop table " + kept(table));
    }

    private static String kept(String table) {
        return table + "_kept";
    }

    private boolean onPostgres() {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) DatabaseRunLock::isPostgres));
    }
}
