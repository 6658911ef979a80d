package vn.cchc.rollup.task;

/** A task of an agency's plan at the end of a period; {@code report} is the report it rests on, or null. */
public record TaskStatus(PlanTask task, TaskOutcome outcome, TaskReport report) {
}
