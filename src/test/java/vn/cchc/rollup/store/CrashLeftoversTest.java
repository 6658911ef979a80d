package vn.cchc.rollup.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.rollup.TestDatabases;

/**
 * What H2's recovery was seen to leave after a kill (a row of an uncommitted chunk, its file's row
 * rolled back) is made here by hand with the foreign keys off, in a real H2 file database.
 */
class CrashLeftoversTest {

    @TempDir
    Path dir;
    JdbcTemplate jdbc;

    @BeforeEach
    void storeOneFile() {
        jdbc = TestDatabases.h2(dir);
        jdbc.update("""
                insert into report_file (path, sha256, size_bytes, modified_at, fact_count, reject_count, parsed_at)
                values ('dot-1/so-noivu.xlsx', 'ab', 10, current_timestamp, 2, 1, current_timestamp)""");
        fact("dot-1/so-noivu.xlsx", "TTHC-01", "Báo cáo!E12");
        fact("dot-1/so-noivu.xlsx", "TTHC-02", "Báo cáo!E13");
        jdbc.update("insert into reject (file_path, source_location, reason_code, message) "
                + "values ('dot-1/so-noivu.xlsx', 'Báo cáo!E14', 'BAD_VALUE', 'không phải số')");
        jdbc.update("""
                insert into fact_history (file_path, sha256, modified_at, replaced_at, agency_code, period,
                                          indicator_code, fact_value, source_location)
                values ('dot-1/old.xlsx', 'cd', current_timestamp, current_timestamp, 'SO-NOIVU', '2026-Q1',
                        'TTHC-01', 80, 'Báo cáo!E12')""");
        jdbc.update("""
                insert into evaluation (period, agency_code, scope, area_code, indicator_code, status, points, possible_points)
                values ('2026-Q1', 'SO-NOIVU', 'AGENCY', 'TTHC', 'TTHC-01', 'MET', 1, 1)""");
    }

    @Test
    void rowsOfAChunkNeverCommittedAreRemovedAndTheEvaluationsMadeAgain() {
        // the file's rows were written, then its file row rolled back without them
        jdbc.update("""
                insert into report_file (path, sha256, size_bytes, modified_at, fact_count, reject_count, parsed_at)
                values ('dot-2/xa-ductho.csv', 'ef', 10, current_timestamp, 1, 0, current_timestamp)""");
        fact("dot-2/xa-ductho.csv", "TTHC-01", "dòng 5, cột D");
        jdbc.update("insert into task_report (file_path, agency_code, period, task_code, progress, source_location) "
                + "values ('dot-2/xa-ductho.csv', 'XA-DUCTHO', '2026-Q1', 'NV-01', 'DONE', 'dòng 9, cột B')");
        withoutForeignKeys(() -> jdbc.update("delete from report_file where path = 'dot-2/xa-ductho.csv'"));

        assertThat(new CrashLeftovers(jdbc).clear()).isEqualTo(2);

        assertThat(jdbc.queryForList("select source_location from fact use index () order by 1", String.class))
                .containsExactly("Báo cáo!E12", "Báo cáo!E13");
        assertThat(count("task_report")).isZero();
        assertThat(count("reject")).isEqualTo(1);
        assertThat(count("fact_history")).isEqualTo(1);
        assertThat(count("evaluation")).isZero();
        assertThat(jdbc.queryForList("select table_name from information_schema.tables where lower(table_name) like '%_kept'",
                String.class)).isEmpty();
    }

    @Test
    void nothingToClearLeavesTheFilesRowsAsTheyAre() {
        assertThat(new CrashLeftovers(jdbc).clear()).isZero();
        assertThat(count("fact")).isEqualTo(2);
        assertThat(count("reject")).isEqualTo(1);
    }

    @Test
    void aRebuildCutShortIsFinishedByTheNext() {
        // killed after the copy of the kept rows was made and the table emptied
        jdbc.execute("create table fact_kept as select * from fact");
        jdbc.execute("truncate table fact");

        new CrashLeftovers(jdbc).clear();

        assertThat(count("fact")).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where lower(table_name) = 'fact_kept'",
                Integer.class)).isZero();
    }

    /** Runs {@code change} with the foreign keys to report_file dropped, then puts them back unchecked. */
    private void withoutForeignKeys(Runnable change) {
        for (String table : CrashLeftovers.FILE_TABLES) {
            jdbc.execute("alter table " + table + " drop constraint " + foreignKey(table));
        }
        change.run();
        for (String table : CrashLeftovers.FILE_TABLES) {
            jdbc.execute("alter table " + table + " add constraint " + table + "_file foreign key (file_path) "
                    + "references report_file (path) on delete cascade nocheck");
        }
    }

    private String foreignKey(String table) {
        return jdbc.queryForObject("select constraint_name from information_schema.table_constraints "
                + "where lower(table_name) = ? and constraint_type = 'FOREIGN KEY'", String.class, table);
    }

    private void fact(String file, String indicator, String location) {
        jdbc.update("insert into fact (file_path, agency_code, period, indicator_code, fact_value, source_location) "
                + "values (?, 'SO-NOIVU', '2026-Q1', ?, 90, ?)", file, indicator, location);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " use index ()", Integer.class);
    }
}
