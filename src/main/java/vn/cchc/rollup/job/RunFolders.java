package vn.cchc.rollup.job;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.batch.core.job.parameters.JobParameters;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.intake.ReportFolder;
import vn.cchc.rollup.ops.Fingerprint;

/** The folders of a run, from the job's parameters: {@code input} (with reports/ and plans/) and {@code output}. */
public record RunFolders(Path input, Path output) {

    public static final String INPUT = "input";
    public static final String OUTPUT = "output";

    /**
     * The plan loaded last, by its folder and the digests of its files: the read and the publish
     * steps of a run use the same plan, and a national one takes a few tenths of a second to load.
     */
    private static final AtomicReference<LoadedPlan> LAST_PLAN = new AtomicReference<>();

    public static RunFolders of(JobParameters parameters) {
        return new RunFolders(Path.of(parameters.getString(INPUT)), Path.of(parameters.getString(OUTPUT)));
    }

    public ReportFolder reports() {
        return new ReportFolder(input.resolve("reports"));
    }

    /**
     * The plan in input/plans/, or the default plan built into the jar when there is none; the plan
     * loaded before when that folder and its files' contents are the same.
     */
    public Plan plan() {
        Path folder = input.resolve("plans");
        String source = folder.toAbsolutePath().normalize() + "\n" + Fingerprint.contents(folder);
        LoadedPlan last = LAST_PLAN.get();
        if (last != null && last.source().equals(source)) {
            return last.plan();
        }
        Plan plan = PlanLoader.load(folder);
        LAST_PLAN.set(new LoadedPlan(source, plan));
        return plan;
    }

    private record LoadedPlan(String source, Plan plan) {
    }
}
