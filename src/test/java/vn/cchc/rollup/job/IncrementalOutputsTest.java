package vn.cchc.rollup.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.cli.Cli;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.publish.PublishedKeys;
import vn.cchc.rollup.sample.NationalSampleGenerator;
import vn.cchc.rollup.sample.SampleGenerator;

/**
 * A run rewrites only the outputs whose bytes change: nothing when nothing changed (and then no job
 * runs at all), the period's summary and the scorecards that differ after one new file, the files
 * with days overdue on another day. "Rewritten" is seen in the file's identity and modification time.
 */
class IncrementalOutputsTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2026-07-01T00:00:00Z"));

    @TempDir
    Path root;
    Path input;
    Path output;
    Path data;
    String lastOut;

    @BeforeEach
    void sample() throws IOException {
        input = root.resolve("input");
        output = root.resolve("output");
        data = root.resolve("data");
        SampleGenerator.generate(PlanLoader.builtIn(), List.of(Period.quarter(2026, 1)), input.resolve("reports"), 11L);
        ageAll(input);
        System.setProperty(RunParameters.RUN_DATE_PROPERTY, "2026-04-20");
    }

    @AfterEach
    void clearDay() {
        System.clearProperty(RunParameters.RUN_DATE_PROPERTY);
    }

    @Test
    void nothingNewRewritesNothingAndStartsNoJob() throws Exception {
        assertThat(run()).isZero();
        Map<String, FileState> before = state(output);

        assertThat(run()).isZero();
        assertThat(lastOut).contains("kết quả giữ nguyên").contains("mới 0, thay đổi 0");
        assertThat(state(output)).isEqualTo(before);

        // without the stamp the job runs in full and still rewrites nothing: the summary's run log
        // ("Nhật ký") is that of the run that made it
        Files.delete(data.resolve(UnchangedRun.FILE));
        assertThat(run()).isZero();
        assertThat(lastOut).doesNotContain("kết quả giữ nguyên").contains("mới 0, thay đổi 0");
        assertThat(rewritten(before, state(output))).isEmpty();
    }

    @Test
    void aChangedInputOrOutputMeansANormalRun() throws Exception {
        assertThat(run()).isZero();
        Path chart = Files.list(output.resolve("2026-Q1/charts")).findFirst().orElseThrow();
        Files.delete(chart);
        assertThat(run()).isZero();
        assertThat(lastOut).doesNotContain("kết quả giữ nguyên");
        assertThat(chart).exists();

        assertThat(run()).isZero();
        assertThat(lastOut).contains("kết quả giữ nguyên");
        NationalSampleGenerator.writePlan(PlanLoader.builtIn(), input.resolve("plans"));
        ageAll(input.resolve("plans"));
        assertThat(run()).isZero();
        assertThat(lastOut).doesNotContain("kết quả giữ nguyên");
    }

    @Test
    void oneNewFileRewritesOnlyTheOutputsWhoseBytesChange() throws Exception {
        assertThat(run()).isZero();
        Map<String, FileState> before = state(output);
        Path first = firstFile(input.resolve("reports"), p -> p.toString().endsWith(".xlsx"));
        Path resubmitted = first.resolveSibling(first.getFileName().toString().replace(".xlsx", "_bo-sung.xlsx"));
        Files.copy(first, resubmitted);
        Files.setLastModifiedTime(resubmitted, FileTime.from(Instant.parse("2026-07-02T00:00:00Z")));

        assertThat(run()).isZero();
        assertThat(lastOut).contains("mới 1");
        Map<String, FileState> after = state(output);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertRewrittenExactlyWhenChanged(before, after);
        assertThat(rewritten(before, after)).contains("2026-Q1/Tong-hop-CCHC-2026-Q1.xlsx");
        long scorecards = before.keySet().stream().filter(name -> name.contains("/don-vi/")).count();
        long rewrittenScorecards = rewritten(before, after).stream().filter(name -> name.contains("/don-vi/")).count();
        assertThat(rewrittenScorecards).as("scorecards rewritten of %d", scorecards).isLessThan(scorecards);
    }

    @Test
    void aRemovedReportRewritesItsAgencysScorecardAndThoseWhoseRankMoved() throws Exception {
        assertThat(run()).isZero();
        Map<String, FileState> before = state(output);
        Map<String, String> ranksBefore = ranks();
        // a department's own workbook (the departments send one file each in the sample)
        Path departmentFile = firstFile(input.resolve("reports"), DEPARTMENT_WORKBOOK);
        String agency = departmentFile.getFileName().toString().replaceFirst("(?i)^(so-[a-z]+).*", "$1").toUpperCase();
        Files.delete(departmentFile);

        assertThat(run()).isZero();
        assertThat(lastOut).contains("đã gỡ 1");
        Map<String, String> ranksAfter = ranks();
        Set<String> expected = new TreeSet<>();
        ranksAfter.forEach((code, rank) -> {
            if (!rank.equals(ranksBefore.get(code)) || code.equals(agency)) {
                expected.add("2026-Q1/don-vi/" + code + ".xlsx");
            }
        });
        assertThat(expected).as("the agency itself and the ranks that moved").contains("2026-Q1/don-vi/" + agency + ".xlsx");
        Map<String, FileState> after = state(output);
        assertRewrittenExactlyWhenChanged(before, after);
        Set<String> scorecards = new TreeSet<>(rewritten(before, after));
        scorecards.removeIf(name -> !name.contains("/don-vi/"));
        assertThat(scorecards).isEqualTo(expected);
        assertThat(scorecards.size()).isLessThan((int) before.keySet().stream().filter(n -> n.contains("/don-vi/")).count());
    }

    @Test
    void aRenamedReportRewritesTheOutputsThatNameItsFile() throws Exception {
        assertThat(run()).isZero();
        Map<String, FileState> before = state(output);
        Path departmentFile = firstFile(input.resolve("reports"), DEPARTMENT_WORKBOOK);
        // the same values, scores and ranks; only where the values come from changes
        Files.move(departmentFile, departmentFile.resolveSibling("ban-chinh-thuc.xlsx"));

        assertThat(run()).isZero();
        assertThat(lastOut).contains("mới 1").contains("đã gỡ 1");
        Map<String, FileState> after = state(output);
        assertRewrittenExactlyWhenChanged(before, after);
        assertThat(rewritten(before, after)).as("facts.csv names the file of each value")
                .contains("2026-Q1/facts.csv", "2026-Q1/Tong-hop-CCHC-2026-Q1.xlsx");
    }

    @Test
    void aScorecardIsMadeAgainOnlyWhenWhatItShowsChanged() throws Exception {
        assertThat(run()).isZero();
        Path scorecard = output.resolve("2026-Q1/don-vi/SO-NOIVU.xlsx");
        byte[] bytes = Files.readAllBytes(scorecard);
        FileTime time = Files.getLastModifiedTime(scorecard);
        // same size and time, other bytes: taken as the published file of the same content, not made again
        byte[] edited = bytes.clone();
        edited[edited.length / 2] ^= 1;
        Files.write(scorecard, edited);
        Files.setLastModifiedTime(scorecard, time);
        Files.delete(data.resolve(UnchangedRun.FILE));
        assertThat(run()).isZero();
        assertThat(Files.readAllBytes(scorecard)).isEqualTo(edited);

        // touched: made again
        Files.setLastModifiedTime(scorecard, FileTime.from(Instant.parse("2026-07-05T00:00:00Z")));
        assertThat(run()).isZero();
        assertThat(Files.readAllBytes(scorecard)).isEqualTo(bytes);
    }

    @Test
    void aChangeInAnEarlierPeriodRewritesTheLaterSummaryThatComparesWithIt() throws Exception {
        SampleGenerator.generate(PlanLoader.builtIn(), List.of(Period.quarter(2026, 2)), input.resolve("reports/quy-2"), 12L);
        ageAll(input);
        assertThat(run()).isZero();
        Map<String, FileState> before = state(output);
        // a first-quarter department report gone: the second quarter's trends compare with other figures
        Path removed = firstFile(input.resolve("reports"),
                DEPARTMENT_WORKBOOK.and(p -> !p.startsWith(input.resolve("reports/quy-2"))));
        Files.delete(removed);

        assertThat(run()).isZero();
        assertThat(lastOut).contains("đã gỡ 1");
        Map<String, FileState> after = state(output);
        assertRewrittenExactlyWhenChanged(before, after);
        assertThat(rewritten(before, after)).contains("2026-Q1/Tong-hop-CCHC-2026-Q1.xlsx",
                "2026-Q2/Tong-hop-CCHC-2026-Q2.xlsx", "2026-Q2/" + vn.cchc.rollup.publish.TrendsCsv.FILE);
    }

    @Test
    void aChangeInOnePeriodLeavesTheEarlierPeriodsSummaryAsPublished() throws Exception {
        SampleGenerator.generate(PlanLoader.builtIn(), List.of(Period.quarter(2026, 2)), input.resolve("reports/quy-2"), 12L);
        ageAll(input);
        assertThat(run()).isZero();
        Map<String, FileState> before = state(output);
        String rejects = Files.readString(output.resolve("rejects.csv"));
        // a second-quarter report without rejects: the first quarter's outputs do not show it (rejects
        // of files of no known period are shown in every period)
        Path removed = firstFile(input.resolve("reports/quy-2"),
                DEPARTMENT_WORKBOOK.and(p -> !rejects.contains(p.getFileName().toString())));
        Files.delete(removed);

        assertThat(run()).isZero();
        assertThat(lastOut).contains("đã gỡ 1");
        Map<String, FileState> after = state(output);
        assertRewrittenExactlyWhenChanged(before, after);
        Set<String> rewritten = rewritten(before, after);
        assertThat(rewritten).contains("2026-Q2/Tong-hop-CCHC-2026-Q2.xlsx", "2026-Q2/scores.csv");
        assertThat(rewritten).as("nothing of the first quarter").noneMatch(name -> name.startsWith("2026-Q1/"));
        assertThat(before.keySet()).anyMatch(name -> name.startsWith("2026-Q1/charts/"));
    }

    /** Each agency's rank in 2026-Q1, from scores.csv. */
    private Map<String, String> ranks() throws IOException {
        Map<String, String> ranks = new TreeMap<>();
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(Files.readString(output.resolve("2026-Q1/scores.csv")).replace("\uFEFF", "")))) {
            for (var record : parser) {
                if (record.get("scope").equals("AGENCY") && record.get("area_code").equals("TOTAL")) {
                    ranks.put(record.get("scope_code"), record.get("rank"));
                }
            }
        }
        return ranks;
    }

    @Test
    void aFileIsReadAgainOnlyWhenItsSizeOrTimeChanged() throws Exception {
        assertThat(run()).isZero();
        Path csv = firstFile(input.resolve("reports"), p -> p.toString().endsWith(".csv"));
        byte[] bytes = Files.readAllBytes(csv);
        FileTime time = Files.getLastModifiedTime(csv);
        // same length, same time, other bytes: trusted as unchanged, the file is not read
        assertTrustedWithoutReading(csv, bytes, time);

        // another time: read, its digest compared, found changed
        Files.setLastModifiedTime(csv, FileTime.from(Instant.parse("2026-07-03T00:00:00Z")));
        assertThat(run()).isZero();
        assertThat(lastOut).contains("mới 0, thay đổi 1");

        // touched but the same bytes as stored: read again, unchanged
        Files.setLastModifiedTime(csv, FileTime.from(Instant.parse("2026-07-04T00:00:00Z")));
        assertThat(run()).isZero();
        assertThat(lastOut).contains("mới 0, thay đổi 0");
    }

    @Test
    void aFileCopiedWithASubMillisecondTimeIsNotReadAgain() throws Exception {
        Path csv = firstFile(input.resolve("reports"), p -> p.toString().endsWith(".csv"));
        byte[] bytes = Files.readAllBytes(csv);
        // what a copy on ext4 or NTFS leaves: a time finer than the millisecond (rounded up by a database)
        FileTime copied = FileTime.from(Instant.parse("2026-07-01T08:15:30.123456789Z"));
        Files.setLastModifiedTime(csv, copied);
        assumeTrue(Files.getLastModifiedTime(csv).toInstant().getNano() % 1_000_000 != 0,
                "this file system keeps whole milliseconds only");
        assertThat(run()).isZero();
        assertTrustedWithoutReading(csv, bytes, copied);

        // touched, same bytes: read once to know it, then its new time is what the store keeps
        Files.write(csv, bytes);
        FileTime touched = FileTime.from(Instant.parse("2026-07-02T09:00:00.987654321Z"));
        Files.setLastModifiedTime(csv, touched);
        Files.delete(data.resolve(UnchangedRun.FILE));
        assertThat(run()).isZero();
        assertThat(lastOut).contains("mới 0, thay đổi 0");
        assertTrustedWithoutReading(csv, bytes, touched);
    }

    /** Other bytes of the same length under the stored size and time are taken as the stored file: proof it was not read. */
    private void assertTrustedWithoutReading(Path csv, byte[] bytes, FileTime time) throws IOException {
        byte[] edited = bytes.clone();
        int last = edited.length - 2;
        edited[last] = (byte) (edited[last] == '1' ? '2' : '1');
        Files.write(csv, edited);
        Files.setLastModifiedTime(csv, time);
        Files.delete(data.resolve(UnchangedRun.FILE));
        assertThat(run()).isZero();
        assertThat(lastOut).as("same size and time as stored: trusted, not read").contains("mới 0, thay đổi 0");
    }

    @Test
    void anotherDayRewritesOnlyTheFilesWithDaysOverdue() throws Exception {
        assertThat(run()).isZero();
        Map<String, FileState> before = state(output);
        assertThat(Files.readString(output.resolve("2026-Q1/chua-bao-cao-bao-cao-cham.csv"))).contains("5");

        System.setProperty(RunParameters.RUN_DATE_PROPERTY, "2026-04-21");
        assertThat(run()).isZero();
        assertThat(lastOut).doesNotContain("kết quả giữ nguyên");
        Map<String, FileState> after = state(output);
        assertRewrittenExactlyWhenChanged(before, after);
        // and the list of published keys, where the summary's new key is written
        assertThat(rewritten(before, after)).containsExactlyInAnyOrder("2026-Q1/Tong-hop-CCHC-2026-Q1.xlsx",
                "2026-Q1/chua-bao-cao-bao-cao-cham.csv", PublishedKeys.FILE);
    }

    @Test
    void aSummaryMadeAgainDrawsOnlyTheChartsWhoseContentChanged() throws Exception {
        assertThat(run()).isZero();
        Path charts = output.resolve("2026-Q1/charts");
        Path ranking = charts.resolve(vn.cchc.rollup.publish.Charts.RANKING_SO);
        Path areas = charts.resolve(vn.cchc.rollup.publish.Charts.AREA_SCORES);
        byte[] rankingBytes = Files.readAllBytes(ranking);
        byte[] areaBytes = Files.readAllBytes(areas);
        // same size and time, other bytes: a chart put in place rather than drawn keeps them
        byte[] editedRanking = editInPlace(ranking);
        byte[] editedAreas = editInPlace(areas);

        // another day: the summary is made again (days overdue), every chart shows what it showed
        System.setProperty(RunParameters.RUN_DATE_PROPERTY, "2026-04-21");
        assertThat(run()).isZero();
        assertThat(lastOut).doesNotContain("kết quả giữ nguyên");
        assertThat(Files.readAllBytes(ranking)).isEqualTo(editedRanking);
        assertThat(Files.readAllBytes(areas)).isEqualTo(editedAreas);

        // a department's report removed: the departments' ranking and the area scores are drawn again
        Path departmentFile = firstFile(input.resolve("reports"), DEPARTMENT_WORKBOOK);
        Files.delete(departmentFile);
        assertThat(run()).isZero();
        assertThat(Files.readAllBytes(ranking)).isNotEqualTo(editedRanking).isNotEqualTo(rankingBytes);
        assertThat(Files.readAllBytes(areas)).isNotEqualTo(editedAreas).isNotEqualTo(areaBytes);
        assertThat(Files.readAllBytes(ranking)).as("a real PNG").startsWith(java.util.Arrays.copyOf(rankingBytes, 8));
    }

    /** Flips a byte in the middle of the file, keeping its size and time. */
    private static byte[] editInPlace(Path file) throws IOException {
        FileTime time = Files.getLastModifiedTime(file);
        byte[] edited = Files.readAllBytes(file);
        edited[edited.length / 2] ^= 1;
        Files.write(file, edited);
        Files.setLastModifiedTime(file, time);
        return edited;
    }

    /** A department's own workbook (the departments send one file each in the sample). */
    private static final Predicate<Path> DEPARTMENT_WORKBOOK =
            p -> p.getFileName().toString().matches("(?i)so-.*\\.xlsx");

    /** The first regular file below {@code folder}, in path order, that {@code which} accepts. */
    private static Path firstFile(Path folder, Predicate<Path> which) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(which).sorted().findFirst().orElseThrow();
        }
    }

    /** Kept files have the same identity and time; rewritten ones differ in bytes from before. */
    private static void assertRewrittenExactlyWhenChanged(Map<String, FileState> before, Map<String, FileState> after) {
        for (String name : before.keySet()) {
            FileState was = before.get(name);
            FileState now = after.get(name);
            if (now == null) {
                continue;
            }
            boolean sameBytes = was.digest().equals(now.digest());
            boolean kept = was.key().equals(now.key()) && was.modified().equals(now.modified());
            assertThat(kept).as("%s: same bytes %s, kept %s", name, sameBytes, kept).isEqualTo(sameBytes);
        }
    }

    private static Set<String> rewritten(Map<String, FileState> before, Map<String, FileState> after) {
        Set<String> names = new TreeSet<>();
        before.forEach((name, state) -> {
            if (!state.equals(after.get(name))) {
                names.add(name);
            }
        });
        return names;
    }

    /** A file's identity (device and inode), modification time and content digest. */
    record FileState(Object key, FileTime modified, String digest) {
    }

    private static Map<String, FileState> state(Path folder) throws Exception {
        Map<String, FileState> states = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                byte[] sha = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                states.put(folder.relativize(file).toString().replace('\\', '/'),
                        new FileState(attributes.fileKey(), attributes.lastModifiedTime(), java.util.HexFormat.of().formatHex(sha)));
            }
        }
        return states;
    }

    private static void ageAll(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, LONG_AGO);
            }
        }
    }

    private int run() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Cli.run(List.of("run", "--input", input.toString(), "--output", output.toString(), "--data",
                data.toString(), "--stable-seconds", "0"), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        lastOut = out.toString(StandardCharsets.UTF_8);
        return code;
    }
}
