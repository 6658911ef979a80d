package vn.cchc.rollup.task;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.rollup.catalog.Agency;

/** The tasks of the plans, per agency or per group of agencies (SO, XA). */
public final class TaskCatalogue {

    private final List<PlanTask> tasks;
    private final List<String> warnings;

    public TaskCatalogue(List<PlanTask> tasks, List<String> warnings) {
        this.tasks = List.copyOf(tasks);
        this.warnings = List.copyOf(warnings);
    }

    public static TaskCatalogue empty() {
        return new TaskCatalogue(List.of(), List.of());
    }

    public List<PlanTask> tasks() {
        return tasks;
    }

    /** The agency's own tasks, then those of its group, in file order. */
    public List<PlanTask> tasksFor(Agency agency) {
        List<PlanTask> result = new ArrayList<>();
        tasks.stream().filter(t -> t.assignee().equals(agency.code())).forEach(result::add);
        tasks.stream().filter(t -> t.assignee().equals(agency.kind().name())).forEach(result::add);
        return result;
    }

    public boolean hasTasks(Agency agency) {
        return tasks.stream().anyMatch(t -> t.assignee().equals(agency.code())
                || t.assignee().equals(agency.kind().name()));
    }

    /** Deadlines that could not be read, in Vietnamese, for the data-quality sheet. */
    public List<String> warnings() {
        return warnings;
    }
}
