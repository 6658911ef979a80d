package vn.cchc.rollup.task;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.SourceRef;
import vn.cchc.rollup.normalize.Period;

/**
 * CDDH-02, the share of plan tasks done on time, computed from task reports: numerator the tasks
 * done on time (recurring ones reported in the period count as on time), denominator every task
 * that is due by the end of the period, recurring, or already done. Tasks not yet due and tasks
 * without a fixed date that are not done are left out.
 */
public final class TaskIndicator {

    public static final String CODE = "CDDH-02";
    /** Marks a derived fact's source, so the workbook can say how the value was obtained. */
    public static final String SOURCE_FILE = "(tính từ báo cáo nhiệm vụ)";

    private TaskIndicator() {
    }

    /** The derived fact, or empty when no task counts yet. */
    public static Optional<Fact> derive(Agency agency, Period period, List<TaskStatus> statuses) {
        int counted = 0;
        int onTime = 0;
        for (TaskStatus status : statuses) {
            if (status.outcome() == TaskOutcome.NOT_YET_DUE || status.outcome() == TaskOutcome.NO_FIXED_DATE) {
                continue;
            }
            counted++;
            if (status.outcome().onTime()) {
                onTime++;
            }
        }
        if (counted == 0) {
            return Optional.empty();
        }
        BigDecimal numerator = BigDecimal.valueOf(onTime);
        BigDecimal denominator = BigDecimal.valueOf(counted);
        BigDecimal value = numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, MathContext.DECIMAL64);
        return Optional.of(new Fact(agency.code(), period, CODE, numerator, denominator, value,
                "Tính từ báo cáo nhiệm vụ: " + onTime + "/" + counted + " nhiệm vụ hoàn thành đúng hạn",
                new SourceRef(SOURCE_FILE, "")));
    }

    /**
     * The period's facts with CDDH-02 replaced by the derived value for every agency that has a
     * task catalogue and reported on its tasks for this period (earlier reports of the year still
     * count for the tasks' status); other agencies keep what they reported. An agency silent in the
     * period thus stays "not reported" rather than getting a value from its earlier task reports.
     */
    public static List<Fact> withDerived(Plan plan, Period period, Collection<Fact> facts,
            TaskCatalogue catalogue, TaskEvaluator evaluator) {
        List<Fact> derived = new ArrayList<>();
        for (Agency agency : plan.agencies()) {
            if (catalogue.hasTasks(agency) && evaluator.reportedInPeriod(agency)
                    && plan.indicator(CODE).filter(i -> i.appliesTo(agency)).isPresent()) {
                derive(agency, period, evaluator.evaluate(agency, catalogue.tasksFor(agency))).ifPresent(derived::add);
            }
        }
        List<Fact> result = new ArrayList<>();
        for (Fact fact : facts) {
            boolean replaced = fact.period().equals(period) && CODE.equals(fact.indicatorCode())
                    && derived.stream().anyMatch(d -> d.agencyCode().equals(fact.agencyCode()));
            if (!replaced) {
                result.add(fact);
            }
        }
        result.addAll(derived);
        return result;
    }

    public static boolean isDerived(Fact fact) {
        return fact != null && fact.source() != null && SOURCE_FILE.equals(fact.source().file());
    }
}
