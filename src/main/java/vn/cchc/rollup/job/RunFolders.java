package vn.cchc.rollup.job;

import java.nio.file.Path;
import org.springframework.batch.core.job.parameters.JobParameters;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.intake.ReportFolder;

/** The folders of a run, from the job's parameters: {@code input} (with reports/ and plans/) and {@code output}. */
public record RunFolders(Path input, Path output) {

    public static final String INPUT = "input";
    public static final String OUTPUT = "output";

    public static RunFolders of(JobParameters parameters) {
        return new RunFolders(Path.of(parameters.getString(INPUT)), Path.of(parameters.getString(OUTPUT)));
    }

    public ReportFolder reports() {
        return new ReportFolder(input.resolve("reports"));
    }

    /** The plan in input/plans/, or the default plan built into the jar when there is none. */
    public Plan plan() {
        return PlanLoader.load(input.resolve("plans"));
    }
}
