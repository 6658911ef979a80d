package vn.cchc.rollup.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.FileVersion;
import vn.cchc.rollup.intake.SourceRef;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.store.CurrentFacts.StoredFact;

/** Settling stored values alone, without a database: the order of {@link FileVersion} decides. */
class CurrentFactsTest {

    static final Period Q1 = Period.quarter(2026, 1);
    static final Period Q2 = Period.quarter(2026, 2);
    static final FileVersion UNDATED_LATE = new FileVersion("z-khong-ngay.xlsx", null, Instant.parse("2026-05-01T00:00:00Z"));
    static final FileVersion DATED_EARLY = new FileVersion("b.xlsx", LocalDate.of(2026, 4, 2), Instant.parse("2026-04-02T00:00:00Z"));
    static final FileVersion DATED_LATE = new FileVersion("a.xlsx", LocalDate.of(2026, 4, 9), Instant.parse("2026-04-03T00:00:00Z"));
    // same report date and time as DATED_LATE: the later path wins ("Đ" sorts after "a" as a char)
    static final FileVersion DATED_LATE_TWIN = new FileVersion("Đợt-2.xlsx", LocalDate.of(2026, 4, 9), Instant.parse("2026-04-03T00:00:00Z"));

    @Test
    void theNewestFileWinsEachKeyWhateverTheOrderOfTheRows() {
        List<StoredFact> present = new ArrayList<>(List.of(
                stored("SO-NOIVU", Q1, "TTHC-06", "80", UNDATED_LATE),
                stored("SO-NOIVU", Q1, "TTHC-06", "85", DATED_EARLY),
                stored("SO-NOIVU", Q1, "TTHC-06", "90", DATED_LATE),
                stored("SO-NOIVU", Q1, "TTHC-05", "70", UNDATED_LATE),
                stored("SO-GTVT", Q1, "TTHC-06", "60", DATED_EARLY),
                stored("SO-GTVT", Q2, "TTHC-06", "61", DATED_EARLY)));
        for (long seed = 0; seed < 20; seed++) {
            Collections.shuffle(present, new Random(seed));
            CurrentFacts current = CurrentFacts.settle(Map.of(), present, List.of());

            assertThat(current.effective()).extracting(CurrentFactsTest::describe).containsExactly(
                    "2026-Q1 SO-GTVT TTHC-06 60 b.xlsx",
                    "2026-Q1 SO-NOIVU TTHC-05 70 z-khong-ngay.xlsx",
                    "2026-Q1 SO-NOIVU TTHC-06 90 a.xlsx",
                    "2026-Q2 SO-GTVT TTHC-06 61 b.xlsx");
            assertThat(current.resubmissions())
                    .extracting(r -> r.previous().value() + " " + r.previousFile().path() + " -> " + r.current().value())
                    .containsExactly("85 b.xlsx -> 90", "80 z-khong-ngay.xlsx -> 90");
        }
    }

    @Test
    void aTieOnDateAndTimeIsSettledByThePathInJavaOrderNotByADatabaseCollation() {
        CurrentFacts current = CurrentFacts.settle(Map.of(), List.of(
                stored("SO-NOIVU", Q1, "TTHC-06", "90", DATED_LATE),
                stored("SO-NOIVU", Q1, "TTHC-06", "91", DATED_LATE_TWIN)), List.of());

        assertThat(current.effective()).extracting(CurrentFactsTest::describe)
                .containsExactly("2026-Q1 SO-NOIVU TTHC-06 91 Đợt-2.xlsx");
    }

    @Test
    void historyFollowsTheReplacedValuesOfPresentFilesAndIsDroppedWithoutAWinner() {
        FileVersion earlierSave = new FileVersion("a.xlsx", LocalDate.of(2026, 4, 1), Instant.parse("2026-04-01T00:00:00Z"));
        CurrentFacts current = CurrentFacts.settle(Map.of(), List.of(
                stored("SO-NOIVU", Q1, "TTHC-06", "90", DATED_LATE),
                stored("SO-NOIVU", Q1, "TTHC-06", "85", DATED_EARLY)), List.of(
                stored("SO-NOIVU", Q1, "TTHC-06", "88", earlierSave),
                stored("SO-NOIVU", Q1, "TTHC-06", "70", earlierSave),
                stored("SO-GTVT", Q1, "TTHC-06", "50", earlierSave)));

        assertThat(current.resubmissions()).extracting(r -> r.previous().value() + " -> " + r.current().value())
                .containsExactly("85 -> 90", "88 -> 90", "70 -> 90");
    }

    @Test
    void eachFileIsSubmittedOncePerAgencyAndPeriodWhetherItWonOrNot() {
        CurrentFacts current = CurrentFacts.settle(Map.of(), List.of(
                stored("SO-NOIVU", Q1, "TTHC-06", "90", DATED_LATE),
                stored("SO-NOIVU", Q1, "TTHC-05", "90", DATED_LATE),
                stored("SO-NOIVU", Q1, "TTHC-06", "85", DATED_EARLY),
                stored("SO-GTVT", Q2, "TTHC-06", "85", DATED_EARLY)), List.of());

        assertThat(current.submitted()).extracting(s -> s.period().code() + " " + s.agencyCode() + " " + s.file().path())
                .containsExactly("2026-Q1 SO-NOIVU a.xlsx", "2026-Q1 SO-NOIVU b.xlsx", "2026-Q2 SO-GTVT b.xlsx");
        assertThat(CurrentFacts.settle(Map.of(), List.of(), List.of()).effective()).isEmpty();
    }

    private static StoredFact stored(String agency, Period period, String indicator, String value, FileVersion file) {
        return StoredFact.of(new Fact(agency, period, indicator, null, null, new BigDecimal(value), null,
                new SourceRef(file.path(), "Báo cáo!G6")), file);
    }

    private static String describe(Fact fact) {
        return fact.period().code() + " " + fact.agencyCode() + " " + fact.indicatorCode() + " " + fact.value()
                + " " + fact.source().file();
    }
}
