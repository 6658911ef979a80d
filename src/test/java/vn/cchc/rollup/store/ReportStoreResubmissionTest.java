package vn.cchc.rollup.store;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.rollup.testing.GridFiles.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.TestDatabases;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.FileFingerprint;
import vn.cchc.rollup.intake.ReportFolder;
import vn.cchc.rollup.read.ReportParser;
import vn.cchc.rollup.testing.GridFiles;

/** Resubmissions through the real parser and the real H2 store with its Flyway schema. */
class ReportStoreResubmissionTest {

    @TempDir
    Path dir;
    ReportStore store;
    ReportFolder folder;
    final ReportParser parser = new ReportParser(PlanLoader.builtIn());

    @BeforeEach
    void createStore() throws Exception {
        store = new ReportStore(TestDatabases.h2(dir));
        folder = new ReportFolder(Files.createDirectories(dir.resolve("reports")));
    }

    @Test
    void theLaterReportDateWinsForEveryIndicatorItReportsAndTheOlderValuesStayInHistory() throws Exception {
        // the newer file is stored first: the order of arrival in the store must not matter
        store("ban-sua.xlsx", "ngày 10 tháng 4 năm 2026", "2026-04-01T08:00:00Z",
                row(1, "TTHC-05", 48, 50, null), row(2, "TTHC-06", null, null, 99.5));
        store("ban-dau.xlsx", "ngày 05 tháng 4 năm 2026", "2026-04-20T08:00:00Z",
                row(1, "TTHC-05", 45, 50, null), row(2, "TTHC-06", null, null, 99.5), row(3, "CDDH-04", null, null, 7));

        assertThat(store.effectiveFacts()).extracting(ReportStoreResubmissionTest::key).containsExactly(
                "CDDH-04 7 ban-dau.xlsx Báo cáo!G8",
                "TTHC-05 96 ban-sua.xlsx Báo cáo!E6",
                "TTHC-06 99.5 ban-sua.xlsx Báo cáo!G7");

        List<Resubmission> resubmissions = store.currentFacts().resubmissions();
        assertThat(resubmissions).extracting(r -> key(r.previous()) + " -> " + key(r.current()) + " " + r.changed())
                .containsExactly(
                        "TTHC-05 90 ban-dau.xlsx Báo cáo!E6 -> TTHC-05 96 ban-sua.xlsx Báo cáo!E6 true",
                        "TTHC-06 99.5 ban-dau.xlsx Báo cáo!G7 -> TTHC-06 99.5 ban-sua.xlsx Báo cáo!G7 false");
        Resubmission changed = resubmissions.get(0);
        assertThat(changed.previous().numerator()).isEqualByComparingTo("45");
        assertThat(changed.current().numerator()).isEqualByComparingTo("48");
        assertThat(changed.previousFile().reportDate()).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(changed.currentFile().reportDate()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(store.presentFiles()).containsOnlyKeys("ban-dau.xlsx", "ban-sua.xlsx");
    }

    @Test
    void withoutReportDatesTheLaterModificationTimeWinsAndADatedFileBeatsAnUndatedOne() throws Exception {
        store("a.xlsx", null, "2026-04-02T08:00:00Z", row(1, "TTHC-06", null, null, 80));
        store("b.xlsx", null, "2026-04-03T08:00:00Z", row(1, "TTHC-06", null, null, 85));
        assertThat(store.effectiveFacts()).extracting(ReportStoreResubmissionTest::key)
                .containsExactly("TTHC-06 85 b.xlsx Báo cáo!G6");

        store("c.xlsx", "ngày 01 tháng 4 năm 2026", "2026-04-01T08:00:00Z", row(1, "TTHC-06", null, null, 70));
        assertThat(store.effectiveFacts()).extracting(ReportStoreResubmissionTest::key)
                .containsExactly("TTHC-06 70 c.xlsx Báo cáo!G6");
        assertThat(store.currentFacts().resubmissions()).extracting(r -> r.previous().source().file())
                .containsExactly("b.xlsx", "a.xlsx");
    }

    @Test
    void aRemovedNewerFileGivesTheOlderValuesBack() throws Exception {
        store("cu.xlsx", "ngày 05 tháng 4 năm 2026", "2026-04-05T08:00:00Z", row(1, "TTHC-06", null, null, 80));
        store("moi.xlsx", "ngày 09 tháng 4 năm 2026", "2026-04-09T08:00:00Z", row(1, "TTHC-06", null, null, 90));
        store.markRemoved("moi.xlsx");

        assertThat(store.effectiveFacts()).extracting(ReportStoreResubmissionTest::key)
                .containsExactly("TTHC-06 80 cu.xlsx Báo cáo!G6");
        assertThat(store.currentFacts().resubmissions()).isEmpty();
    }

    @Test
    void aCorrectionSavedUnderTheSameNameKeepsTheOldValuesInHistory() throws Exception {
        store("so-noi-vu.xlsx", "ngày 05 tháng 4 năm 2026", "2026-04-05T08:00:00Z",
                row(1, "TTHC-05", 45, 50, null), row(2, "TTHC-06", null, null, 80));
        store("so-noi-vu.xlsx", "ngày 09 tháng 4 năm 2026", "2026-04-09T08:00:00Z",
                row(1, "TTHC-05", 45, 50, null), row(2, "TTHC-06", null, null, 92));

        assertThat(store.effectiveFacts()).extracting(ReportStoreResubmissionTest::key)
                .containsExactly("TTHC-05 90 so-noi-vu.xlsx Báo cáo!E6", "TTHC-06 92 so-noi-vu.xlsx Báo cáo!G7");
        List<Resubmission> resubmissions = store.currentFacts().resubmissions();
        assertThat(resubmissions).extracting(r -> key(r.previous()) + " -> " + key(r.current()) + " " + r.changed())
                .containsExactly(
                        "TTHC-05 90 so-noi-vu.xlsx Báo cáo!E6 -> TTHC-05 90 so-noi-vu.xlsx Báo cáo!E6 false",
                        "TTHC-06 80 so-noi-vu.xlsx Báo cáo!G7 -> TTHC-06 92 so-noi-vu.xlsx Báo cáo!G7 true");
        Resubmission changed = resubmissions.get(1);
        assertThat(changed.previousFile().reportDate()).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(changed.currentFile().reportDate()).isEqualTo(LocalDate.of(2026, 4, 9));

        // a third version: both earlier versions stay, the most recent first
        store("so-noi-vu.xlsx", "ngày 12 tháng 4 năm 2026", "2026-04-12T08:00:00Z",
                row(1, "TTHC-05", 45, 50, null), row(2, "TTHC-06", null, null, 95));
        assertThat(store.currentFacts().resubmissions()).filteredOn(r -> r.current().indicatorCode().equals("TTHC-06"))
                .extracting(r -> r.previous().value().toPlainString() + " -> " + r.current().value().toPlainString())
                .containsExactly("92 -> 95", "80 -> 95");
    }

    @Test
    void storingTheSameContentAgainAddsNoHistory() throws Exception {
        store("so-noi-vu.xlsx", "ngày 05 tháng 4 năm 2026", "2026-04-05T08:00:00Z", row(1, "TTHC-06", null, null, 80));
        // as a restarted run does: the same file read and stored again
        Path file = folder.root().resolve("so-noi-vu.xlsx");
        store.replace(folder.fingerprint(file), parser.parse(file, "so-noi-vu.xlsx"));
        assertThat(store.currentFacts().resubmissions()).isEmpty();
    }

    /** A Sở Nội vụ report for Quý I/2026 with a report date line (or none) and the given value rows. */
    @SafeVarargs
    private void store(String name, String dateLine, String modified, List<Object>... values) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("SỞ NỘI VỤ"));
        rows.add(row(dateLine == null ? "" : "Hà Tĩnh, " + dateLine));
        rows.add(row("Mã đơn vị:", "SO-NOIVU"));
        rows.add(row("Kỳ báo cáo:", "Quý I/2026"));
        rows.add(row("STT", "Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Tử số", "Mẫu số", "Giá trị"));
        for (List<Object> value : values) {
            rows.add(row(value.get(0), value.get(1), null, null, value.get(2), value.get(3), value.get(4)));
        }
        Path file = GridFiles.write(folder.root().resolve(name), "Báo cáo", rows);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(modified)));
        FileFingerprint fingerprint = folder.fingerprint(file);
        assertThat(fingerprint.modified()).isEqualTo(Instant.parse(modified));
        store.replace(fingerprint, parser.parse(file, name));
    }

    private static String key(Fact fact) {
        return fact.indicatorCode() + " " + fact.value().toPlainString() + " " + fact.source().file() + " "
                + fact.source().location();
    }
}
