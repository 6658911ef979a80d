package vn.cchc.rollup.task;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import vn.cchc.rollup.score.BandScale;
import vn.cchc.rollup.submission.SubmissionDeadline;

/**
 * What a plan folder adds to the indicator catalogue: the task catalogue, the score bands
 * ({@code plan.properties}, key {@code bands}), the task reports known so far and the due date of
 * reports ({@code submission.due-days}).
 */
public record PlanExtras(TaskCatalogue tasks, BandScale bands, List<TaskReport> taskReports,
        SubmissionDeadline submission) {

    public PlanExtras {
        taskReports = List.copyOf(taskReports);
    }

    public PlanExtras(TaskCatalogue tasks, BandScale bands, List<TaskReport> taskReports) {
        this(tasks, bands, taskReports, SubmissionDeadline.defaults());
    }

    public static PlanExtras defaults() {
        return new PlanExtras(TaskCatalogue.empty(), BandScale.defaults(), List.of());
    }

    /** From {@code plansFolder} when it exists, else what is built into the jar. */
    public static PlanExtras load(Path plansFolder) {
        boolean folder = plansFolder != null && Files.isDirectory(plansFolder);
        Properties properties = new Properties();
        try (InputStream in = folder
                ? (Files.exists(plansFolder.resolve("plan.properties")) ? Files.newInputStream(plansFolder.resolve("plan.properties")) : null)
                : PlanExtras.class.getResourceAsStream("/plans/plan.properties")) {
            if (in != null) {
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plan.properties", e);
        }
        return new PlanExtras(TaskCatalogueLoader.load(plansFolder), BandScale.of(properties), List.of(),
                SubmissionDeadline.of(properties));
    }

    public PlanExtras withTaskReports(List<TaskReport> reports) {
        return new PlanExtras(tasks, bands, reports, submission);
    }
}
