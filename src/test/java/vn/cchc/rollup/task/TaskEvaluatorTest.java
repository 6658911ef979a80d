package vn.cchc.rollup.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.AgencyKind;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.SourceRef;
import vn.cchc.rollup.normalize.Period;

class TaskEvaluatorTest {

    private static final Agency AGENCY = new Agency("SO-X", "Sở X", AgencyKind.SO, List.of());
    private static final Period Q1 = Period.quarter(2026, 1);
    private static final Period Q2 = Period.quarter(2026, 2);
    private static final PlanTask DUE_END_OF_MARCH = task("1", "Quý I/2026");
    private static final PlanTask DUE_IN_SEPTEMBER = task("2", "Quý II, III/2026");
    private static final PlanTask RECURRING = task("3", "Thường xuyên");
    private static final PlanTask BY_PROVINCE_PLAN = task("4", "Theo kế hoạch của UBND tỉnh");

    @Test
    void doneOnTheDeadlineIsOnTime() {
        assertThat(outcome(Q1, DUE_END_OF_MARCH, done("1", Q1, LocalDate.of(2026, 3, 31))))
                .isEqualTo(TaskOutcome.DONE_ON_TIME);
    }

    @Test
    void doneTheDayAfterTheDeadlineIsLate() {
        assertThat(outcome(Q2, DUE_END_OF_MARCH, done("1", Q2, LocalDate.of(2026, 4, 1))))
                .isEqualTo(TaskOutcome.DONE_LATE);
    }

    @Test
    void notDoneByThePeriodEndingOnTheDeadlineIsOverdue() {
        assertThat(outcome(Q1, DUE_END_OF_MARCH, report("1", Q1, TaskProgress.IN_PROGRESS)))
                .isEqualTo(TaskOutcome.OVERDUE);
        assertThat(outcome(Q1, DUE_END_OF_MARCH)).isEqualTo(TaskOutcome.OVERDUE);
    }

    @Test
    void notDoneBeforeTheDeadlineIsNotYetDue() {
        assertThat(outcome(Q2, DUE_IN_SEPTEMBER, report("2", Q2, TaskProgress.NOT_STARTED)))
                .isEqualTo(TaskOutcome.NOT_YET_DUE);
    }

    @Test
    void doneInAnEarlierPeriodStaysDone() {
        assertThat(outcome(Q2, DUE_IN_SEPTEMBER, done("2", Q1, LocalDate.of(2026, 2, 10))))
                .isEqualTo(TaskOutcome.DONE_ON_TIME);
    }

    @Test
    void reportsOfLaterPeriodsDoNotCount() {
        assertThat(outcome(Q1, DUE_END_OF_MARCH, done("1", Q2, LocalDate.of(2026, 3, 30))))
                .isEqualTo(TaskOutcome.OVERDUE);
    }

    @Test
    void doneWithoutADateCountsAsDoneAtTheEndOfItsPeriod() {
        assertThat(outcome(Q1, DUE_END_OF_MARCH, done("1", Q1, null))).isEqualTo(TaskOutcome.DONE_ON_TIME);
        assertThat(outcome(Q2, DUE_END_OF_MARCH, done("1", Q2, null))).isEqualTo(TaskOutcome.DONE_LATE);
    }

    @Test
    void recurringTasksAreReportedEveryPeriod() {
        assertThat(outcome(Q2, RECURRING, report("3", Q2, TaskProgress.IN_PROGRESS)))
                .isEqualTo(TaskOutcome.RECURRING_REPORTED);
        assertThat(outcome(Q2, RECURRING, report("3", Q1, TaskProgress.IN_PROGRESS)))
                .isEqualTo(TaskOutcome.RECURRING_NOT_REPORTED);
    }

    @Test
    void noFixedDateIsNeverLate() {
        assertThat(outcome(Q2, BY_PROVINCE_PLAN)).isEqualTo(TaskOutcome.NO_FIXED_DATE);
        assertThat(outcome(Q2, BY_PROVINCE_PLAN, done("4", Q2, LocalDate.of(2026, 12, 1))))
                .isEqualTo(TaskOutcome.DONE_ON_TIME);
    }

    @Test
    void cddh02CountsDueRecurringAndDoneTasks() {
        List<PlanTask> tasks = List.of(DUE_END_OF_MARCH, DUE_IN_SEPTEMBER, RECURRING, BY_PROVINCE_PLAN,
                task("5", "Tháng 1/2026"));
        TaskEvaluator evaluator = new TaskEvaluator(Q2, List.of(
                done("1", Q2, LocalDate.of(2026, 4, 1)), // late
                report("3", Q2, TaskProgress.IN_PROGRESS), // recurring reported
                done("5", Q1, LocalDate.of(2026, 1, 20)))); // on time; task 2 not yet due, 4 no date

        Fact fact = TaskIndicator.derive(AGENCY, Q2, evaluator.evaluate(AGENCY, tasks)).orElseThrow();

        assertThat(fact.numerator()).isEqualByComparingTo("2");
        assertThat(fact.denominator()).isEqualByComparingTo("3");
        assertThat(fact.value()).isEqualByComparingTo(new BigDecimal("66.66666666666667"));
        assertThat(fact.indicatorCode()).isEqualTo("CDDH-02");
        assertThat(TaskIndicator.isDerived(fact)).isTrue();
        assertThat(fact.note()).contains("2/3");
    }

    @Test
    void derivedValueReplacesTheReportedOneOnlyForAgenciesWithCatalogueAndReports() {
        Plan plan = PlanLoader.load(Path.of("input/plans"));
        TaskCatalogue catalogue = TaskCatalogueLoader.load(Path.of("input/plans"));
        Agency ngoaiVu = plan.agency("SO-NGOAIVU").orElseThrow();
        Agency noiVu = plan.agency("SO-NOIVU").orElseThrow();
        List<TaskReport> reports = new ArrayList<>();
        reports.add(new TaskReport(ngoaiVu.code(), Q1, "2.1", TaskProgress.DONE, LocalDate.of(2026, 1, 15), "KH số 12", null));
        reports.add(new TaskReport(ngoaiVu.code(), Q1, "2.2", TaskProgress.DONE, LocalDate.of(2026, 4, 2), "", null));
        List<Fact> reported = List.of(fact(ngoaiVu, "95"), fact(noiVu, "80"));

        List<Fact> facts = TaskIndicator.withDerived(plan, Q1, reported, catalogue, new TaskEvaluator(Q1, reports));

        Fact ngoaiVuFact = facts.stream().filter(f -> f.agencyCode().equals(ngoaiVu.code())).findFirst().orElseThrow();
        assertThat(TaskIndicator.isDerived(ngoaiVuFact)).isTrue();
        // due by 31/03: 2.1 done on time; 2.5 (Tháng 01), 2.2 and 2.16 (Quý I) not; recurring ones not reported
        long recurring = catalogue.tasksFor(ngoaiVu).stream()
                .filter(t -> t.deadline().kind() == Deadline.Kind.RECURRING).count();
        assertThat(ngoaiVuFact.numerator()).isEqualByComparingTo("1");
        assertThat(ngoaiVuFact.denominator()).isEqualByComparingTo(BigDecimal.valueOf(4 + recurring));
        assertThat(facts).filteredOn(f -> f.agencyCode().equals(noiVu.code())).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualByComparingTo("80"));
        assertThat(facts).hasSize(2);
    }

    private static Fact fact(Agency agency, String value) {
        return new Fact(agency.code(), Q1, "CDDH-02", null, null, new BigDecimal(value), "",
                new SourceRef("bao-cao.xlsx", "A1"));
    }

    private static TaskOutcome outcome(Period period, PlanTask task, TaskReport... reports) {
        return new TaskEvaluator(period, List.of(reports)).evaluate(AGENCY, task).outcome();
    }

    private static TaskReport done(String code, Period period, LocalDate on) {
        return new TaskReport(AGENCY.code(), period, code, TaskProgress.DONE, on, "", null);
    }

    private static TaskReport report(String code, Period period, TaskProgress progress) {
        return new TaskReport(AGENCY.code(), period, code, progress, null, "", null);
    }

    private static PlanTask task(String code, String deadline) {
        return new PlanTask(AGENCY.code(), code, "CDDH", "", "Nhiệm vụ " + code, "", "", "", "",
                DeadlineParser.parse(deadline, 2026), "");
    }
}
