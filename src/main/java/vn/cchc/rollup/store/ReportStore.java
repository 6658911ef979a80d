package vn.cchc.rollup.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.FileFingerprint;
import vn.cchc.rollup.intake.FileVersion;
import vn.cchc.rollup.intake.ReasonCode;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.intake.SourceRef;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.read.ParsedReport;
import vn.cchc.rollup.task.TaskProgress;
import vn.cchc.rollup.task.TaskReport;
import vn.cchc.rollup.validate.Warning;
import vn.cchc.rollup.validate.WarningRule;

/** The accepted facts and rejects of every report file, kept per file so a file can be replaced whole. */
@Repository
public class ReportStore {

    private static final String FACT_COLUMNS = """
            agency_code, period, indicator_code, numerator, denominator, fact_value, note,
            file_path, source_location
            """;

    /**
     * Every stored value, in no particular order: those of removed files are left out in Java (a
     * join or a subquery on the files cost H2 more than the few removed files' rows), and
     * {@link CurrentFacts} settles the rest.
     */
    private static final String ALL_FACTS = "select " + FACT_COLUMNS + "from fact";

    /** Values of earlier versions of files saved again under the same name, the most recent first within a key. */
    private static final String HISTORY_FACTS = "select report_date, modified_at, " + FACT_COLUMNS + """
            from fact_history
            order by period, agency_code, indicator_code, replaced_at desc, modified_at desc
            """;

    private static final Map<String, Period> PERIODS = new ConcurrentHashMap<>();
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;

    public ReportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** SHA-256 of every file currently in the folder as last stored, by relative path. */
    public Map<String, String> activeFingerprints() {
        Map<String, String> result = new HashMap<>();
        jdbc.query("select path, sha256 from report_file where removed_at is null",
                rs -> {
                    result.put(rs.getString(1), rs.getString(2));
                });
        return result;
    }

    /** Every file currently in the folder as last stored (content, size, modification time), by relative path. */
    public Map<String, FileFingerprint> activeFiles() {
        Map<String, FileFingerprint> result = new HashMap<>();
        jdbc.query("select path, sha256, size_bytes, modified_at from report_file where removed_at is null",
                rs -> {
                    String path = rs.getString(1);
                    result.put(path, new FileFingerprint(path, rs.getString(2), rs.getLong(3),
                            rs.getTimestamp(4).toInstant()));
                });
        return result;
    }

    /** A file and what it gives now: values, rejects, task reports. */
    public record Replacement(FileFingerprint file, ParsedReport report, List<TaskReport> taskReports) {
    }

    /**
     * Replaces everything stored for the file by what it gives now. When the file had other content
     * before, its values move to the history, so a correction saved under the same name stays visible.
     */
    @Transactional
    public void replace(FileFingerprint file, ParsedReport report) {
        replaceAll(List.of(new Replacement(file, report, List.of())));
    }

    /**
     * {@link #replace} for several files in one go: the files stored before are cleared one by one,
     * then the rows of all are inserted in batches across files (one statement per table and batch,
     * not per file: a file of one agency gives only some twenty rows).
     */
    @Transactional
    public void replaceAll(List<Replacement> replacements) {
        if (replacements.isEmpty()) {
            return;
        }
        Set<String> stored = storedPaths(replacements.stream().map(r -> r.file().relative()).toList());
        Timestamp now = Timestamp.from(Instant.now());
        for (Replacement replacement : replacements) {
            FileFingerprint file = replacement.file();
            if (stored.contains(file.relative())) {
                clear(file, now);
            }
        }
        jdbc.batchUpdate("""
                insert into report_file (path, sha256, size_bytes, modified_at, layout, report_date,
                                         fact_count, reject_count, parsed_at, removed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, null)""",
                replacements, BATCH, (ps, r) -> {
                    ParsedReport report = r.report();
                    ps.setString(1, r.file().relative());
                    ps.setString(2, r.file().sha256());
                    ps.setLong(3, r.file().size());
                    ps.setTimestamp(4, storedTime(r.file()));
                    ps.setString(5, report.layout() == null ? null : report.layout().name());
                    ps.setDate(6, report.reportDate() == null ? null : Date.valueOf(report.reportDate()));
                    ps.setInt(7, report.facts().size());
                    ps.setInt(8, report.rejects().size());
                    ps.setTimestamp(9, now);
                });
        List<Row<Fact>> facts = rows(replacements, r -> r.report().facts());
        jdbc.batchUpdate("""
                insert into fact (file_path, agency_code, period, indicator_code, numerator, denominator,
                                  fact_value, note, source_location) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                facts, BATCH, (ps, row) -> {
                    Fact f = row.value();
                    ps.setString(1, row.path());
                    ps.setString(2, f.agencyCode());
                    ps.setString(3, f.period().code());
                    ps.setString(4, f.indicatorCode());
                    ps.setBigDecimal(5, f.numerator());
                    ps.setBigDecimal(6, f.denominator());
                    ps.setBigDecimal(7, f.value());
                    ps.setString(8, f.note());
                    ps.setString(9, f.source().location());
                });
        jdbc.batchUpdate("insert into reject (file_path, source_location, reason_code, message) values (?, ?, ?, ?)",
                rows(replacements, r -> r.report().rejects()), BATCH, (ps, row) -> {
                    Reject r = row.value();
                    ps.setString(1, row.path());
                    ps.setString(2, r.source().location());
                    ps.setString(3, r.reason().name());
                    ps.setString(4, r.message());
                });
        jdbc.batchUpdate("insert into read_warning (file_path, source_location, period, rule_code, message) values (?, ?, ?, ?, ?)",
                rows(replacements, r -> r.report().warnings()), BATCH, (ps, row) -> {
                    Warning w = row.value();
                    ps.setString(1, row.path());
                    ps.setString(2, w.source().location());
                    ps.setString(3, w.period().code());
                    ps.setString(4, w.rule().name());
                    ps.setString(5, w.message());
                });
        insertTaskReports(rows(replacements, Replacement::taskReports));
    }

    /** Records the size and modification time of stored files found again with the same content. */
    public void updateSizesAndTimes(List<FileFingerprint> files) {
        jdbc.batchUpdate("update report_file set size_bytes = ?, modified_at = ? where path = ?", files, BATCH,
                (ps, file) -> {
                    ps.setLong(1, file.size());
                    ps.setTimestamp(2, storedTime(file));
                    ps.setString(3, file.relative());
                });
    }

    /** Cut to the microsecond, not rounded as databases do: the scan compares to the microsecond. */
    private static Timestamp storedTime(FileFingerprint file) {
        return Timestamp.from(file.modified().truncatedTo(ChronoUnit.MICROS));
    }

    /** Which of these paths the store has a file row for (present or removed). */
    private Set<String> storedPaths(List<String> paths) {
        String marks = String.join(", ", java.util.Collections.nCopies(paths.size(), "?"));
        return new HashSet<>(jdbc.queryForList("select path from report_file where path in (" + marks + ")",
                String.class, paths.toArray()));
    }

    /** Moves a stored file's values to the history when its content changed, and deletes its rows. */
    private void clear(FileFingerprint file, Timestamp now) {
        jdbc.update("""
                insert into fact_history (file_path, sha256, report_date, modified_at, replaced_at, agency_code,
                                          period, indicator_code, numerator, denominator, fact_value, note,
                                          source_location)
                select r.path, r.sha256, r.report_date, r.modified_at, ?, f.agency_code, f.period,
                       f.indicator_code, f.numerator, f.denominator, f.fact_value, f.note, f.source_location
                from report_file r join fact f on f.file_path = r.path
                where r.path = ? and r.sha256 <> ?""",
                now, file.relative(), file.sha256());
        jdbc.update("delete from fact where file_path = ?", file.relative());
        jdbc.update("delete from reject where file_path = ?", file.relative());
        jdbc.update("delete from read_warning where file_path = ?", file.relative());
        jdbc.update("delete from task_report where file_path = ?", file.relative());
        jdbc.update("delete from report_file where path = ?", file.relative());
    }

    /** A row to insert for the file at {@code path}. */
    private record Row<T>(String path, T value) {
    }

    private static <T> List<Row<T>> rows(List<Replacement> replacements,
            java.util.function.Function<Replacement, List<T>> values) {
        List<Row<T>> rows = new ArrayList<>();
        for (Replacement replacement : replacements) {
            for (T value : values.apply(replacement)) {
                rows.add(new Row<>(replacement.file().relative(), value));
            }
        }
        return rows;
    }

    /** What reading the present files noticed but accepted (see {@link ParsedReport#warnings()}). */
    public List<Warning> readWarnings() {
        return jdbc.query("""
                select w.file_path, w.source_location, w.period, w.rule_code, w.message
                from read_warning w join report_file r on r.path = w.file_path
                where r.removed_at is null""",
                (rs, i) -> new Warning(new SourceRef(rs.getString(1), rs.getString(2)), period(rs.getString(3)),
                        WarningRule.valueOf(rs.getString(4)), rs.getString(5)));
    }

    /** Stores the task reports of a file just stored by {@link #replace}, which removed its earlier ones. */
    public void addTaskReports(String relative, List<TaskReport> reports) {
        insertTaskReports(reports.stream().map(t -> new Row<>(relative, t)).toList());
    }

    private void insertTaskReports(List<Row<TaskReport>> reports) {
        jdbc.batchUpdate("""
                insert into task_report (file_path, agency_code, period, task_code, progress, completed_on,
                                         evidence, source_location) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                reports, BATCH, (ps, row) -> {
                    TaskReport t = row.value();
                    ps.setString(1, row.path());
                    ps.setString(2, t.agencyCode());
                    ps.setString(3, t.period().code());
                    ps.setString(4, t.taskCode());
                    ps.setString(5, t.progress().name());
                    ps.setDate(6, t.completedOn() == null ? null : Date.valueOf(t.completedOn()));
                    ps.setString(7, t.evidence());
                    ps.setString(8, t.source().location());
                });
    }

    /** The task reports of every present file. */
    public List<TaskReport> taskReports() {
        return jdbc.query("""
                select t.* from task_report t join report_file r on r.path = t.file_path
                where r.removed_at is null
                order by t.period, t.agency_code, t.task_code, t.file_path""",
                (rs, i) -> {
                    Date completed = rs.getDate("completed_on");
                    return new TaskReport(rs.getString("agency_code"), period(rs.getString("period")),
                            rs.getString("task_code"), TaskProgress.valueOf(rs.getString("progress")),
                            completed == null ? null : completed.toLocalDate(), rs.getString("evidence"),
                            new SourceRef(rs.getString("file_path"), rs.getString("source_location")));
                });
    }

    /** The file is gone from the folder: its facts leave the outputs but stay in the history. */
    public void markRemoved(String relative) {
        jdbc.update("update report_file set removed_at = ? where path = ? and removed_at is null",
                Timestamp.from(Instant.now()), relative);
    }

    /**
     * The values of the present files, settled: one per agency × period × indicator, the values
     * newer files replaced (and those of earlier versions of files saved again under the same name),
     * which files gave values for whom, and the present files themselves. One plain scan of the
     * facts, ranked in Java: a window query ranking them in SQL cost seconds at national scale, and
     * its tie on the path depended on the database's collation.
     */
    public CurrentFacts currentFacts() {
        Map<String, FileVersion> files = presentFiles();
        List<CurrentFacts.StoredFact> present = new ArrayList<>();
        jdbc.query(ALL_FACTS, rs -> {
            FileVersion file = files.get(rs.getString("file_path"));
            if (file != null) {
                present.add(CurrentFacts.StoredFact.of(fact(rs, 0), file));
            }
        });
        List<CurrentFacts.StoredFact> history = jdbc.query(HISTORY_FACTS,
                (rs, i) -> CurrentFacts.StoredFact.of(fact(rs, i), version(rs)));
        return CurrentFacts.settle(files, present, history);
    }

    /** One fact per agency × period × indicator over all present files, resubmissions resolved. */
    public List<Fact> effectiveFacts() {
        return currentFacts().effective();
    }

    /** Every file currently in the folder, by relative path. */
    public Map<String, FileVersion> presentFiles() {
        Map<String, FileVersion> result = new HashMap<>();
        jdbc.query("select path file_path, report_date, modified_at from report_file where removed_at is null",
                rs -> {
                    FileVersion file = version(rs);
                    result.put(file.path(), file);
                });
        return result;
    }

    /** Present files refused whole: no value accepted, at least one reject (task-only files are not counted). */
    public int rejectedFileCount() {
        Integer count = jdbc.queryForObject("""
                select count(*) from report_file
                where removed_at is null and fact_count = 0 and reject_count > 0""", Integer.class);
        return count == null ? 0 : count;
    }

    public List<Reject> activeRejects() {
        return jdbc.query("""
                select j.file_path, j.source_location, j.reason_code, j.message
                from reject j join report_file r on r.path = j.file_path
                where r.removed_at is null
                order by j.file_path, j.source_location""",
                (rs, i) -> new Reject(new SourceRef(rs.getString(1), rs.getString(2)),
                        ReasonCode.valueOf(rs.getString(3)), rs.getString(4)));
    }

    private static Fact fact(ResultSet rs, int row) throws SQLException {
        return new Fact(rs.getString("agency_code"), period(rs.getString("period")),
                rs.getString("indicator_code"), scaled(rs.getBigDecimal("numerator")),
                scaled(rs.getBigDecimal("denominator")), scaled(rs.getBigDecimal("fact_value")),
                rs.getString("note"), new SourceRef(rs.getString("file_path"), rs.getString("source_location")));
    }

    /** Stored codes are few and each row names one: parsed once each. */
    private static Period period(String code) {
        return PERIODS.computeIfAbsent(code, Period::ofCode);
    }

    private static FileVersion version(ResultSet rs) throws SQLException {
        Date reportDate = rs.getDate("report_date");
        return new FileVersion(rs.getString("file_path"), reportDate == null ? null : reportDate.toLocalDate(),
                rs.getTimestamp("modified_at").toInstant());
    }

    private static BigDecimal scaled(BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros();
    }
}
