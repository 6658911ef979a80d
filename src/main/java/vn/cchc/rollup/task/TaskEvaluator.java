package vn.cchc.rollup.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.normalize.Period;

/**
 * Evaluates an agency's plan tasks at the end of a period, from its task reports of the same year
 * up to that period (a task done in Quý I stays done at 6 tháng).
 *
 * <ul>
 *   <li>Dated deadline, done: on time when completed on or before the deadline, else late. A
 *       completion without a date is taken as completed at the end of the period it was reported in.</li>
 *   <li>Dated deadline, not done: overdue once the deadline is on or before the period's end, else
 *       not yet due.</li>
 *   <li>"Thường xuyên": reported or not reported in this very period.</li>
 *   <li>No fixed date: done counts as on time; otherwise it has no deadline to be late against.</li>
 * </ul>
 */
public final class TaskEvaluator {

    private final Period period;
    private final Map<String, List<TaskReport>> reportsByAgencyTask = new HashMap<>();

    /** @param reports task reports of any agencies and periods; those after {@code period} or of other years are ignored */
    public TaskEvaluator(Period period, Collection<TaskReport> reports) {
        this.period = period;
        for (TaskReport report : reports) {
            if (report.period().year() == period.year() && !report.period().end().isAfter(period.end())) {
                reportsByAgencyTask.computeIfAbsent(key(report.agencyCode(), report.taskCode()),
                        k -> new ArrayList<>()).add(report);
            }
        }
    }

    public List<TaskStatus> evaluate(Agency agency, List<PlanTask> tasks) {
        return tasks.stream().map(task -> evaluate(agency, task)).toList();
    }

    /** The agency sent at least one task report this year up to the period. */
    public boolean hasReports(Agency agency) {
        String prefix = agency.code() + '\u0000';
        return reportsByAgencyTask.keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }

    /** The agency sent task reports for the evaluated period itself. */
    public boolean reportedInPeriod(Agency agency) {
        String prefix = agency.code() + '\u0000';
        return reportsByAgencyTask.entrySet().stream().anyMatch(e -> e.getKey().startsWith(prefix)
                && e.getValue().stream().anyMatch(r -> r.period().equals(period)));
    }

    TaskStatus evaluate(Agency agency, PlanTask task) {
        List<TaskReport> reports = reportsByAgencyTask.getOrDefault(key(agency.code(), task.code()), List.of());
        TaskReport done = reports.stream()
                .filter(r -> r.progress() == TaskProgress.DONE)
                .min(java.util.Comparator.comparing(TaskEvaluator::completion))
                .orElse(null);
        TaskReport latest = reports.stream()
                .max(java.util.Comparator.comparing((TaskReport r) -> r.period().end()))
                .orElse(null);
        Deadline deadline = task.deadline();
        return switch (deadline.kind()) {
            case RECURRING -> {
                TaskReport thisPeriod = reports.stream().filter(r -> r.period().equals(period)).findFirst().orElse(null);
                yield new TaskStatus(task, thisPeriod != null ? TaskOutcome.RECURRING_REPORTED
                        : TaskOutcome.RECURRING_NOT_REPORTED, thisPeriod);
            }
            case DATE -> {
                if (done != null) {
                    yield new TaskStatus(task, completion(done).isAfter(deadline.date())
                            ? TaskOutcome.DONE_LATE : TaskOutcome.DONE_ON_TIME, done);
                }
                yield new TaskStatus(task, deadline.date().isAfter(period.end())
                        ? TaskOutcome.NOT_YET_DUE : TaskOutcome.OVERDUE, latest);
            }
            case NO_FIXED_DATE, UNREADABLE -> done != null
                    ? new TaskStatus(task, TaskOutcome.DONE_ON_TIME, done)
                    : new TaskStatus(task, TaskOutcome.NO_FIXED_DATE, latest);
        };
    }

    private static LocalDate completion(TaskReport report) {
        return report.completedOn() != null ? report.completedOn() : report.period().end();
    }

    private static String key(String agencyCode, String taskCode) {
        return agencyCode + '\u0000' + taskCode;
    }
}
