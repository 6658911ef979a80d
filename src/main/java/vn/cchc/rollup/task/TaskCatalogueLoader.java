package vn.cchc.rollup.task;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import vn.cchc.rollup.normalize.VietText;

/**
 * Reads task catalogues ({@code tasks-<year>.csv}) from a plan folder, or the one built into the jar.
 * The year in the file name is the plan's year, used for deadlines that name none ("Tháng 7").
 */
public final class TaskCatalogueLoader {

    static final String BUILT_IN = "/plans/tasks-2026.csv";
    private static final Pattern FILE_NAME = Pattern.compile("tasks-(\\d{4})\\.csv");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).get();

    private TaskCatalogueLoader() {
    }

    /** The catalogues in {@code folder} when it exists, else the built-in one. */
    public static TaskCatalogue load(Path folder) {
        return folder != null && Files.isDirectory(folder) ? fromFolder(folder) : builtIn();
    }

    public static TaskCatalogue builtIn() {
        InputStream in = TaskCatalogueLoader.class.getResourceAsStream(BUILT_IN);
        if (in == null) {
            return TaskCatalogue.empty();
        }
        List<PlanTask> tasks = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        read(in, "tasks-2026.csv", 2026, tasks, warnings);
        return new TaskCatalogue(tasks, warnings);
    }

    public static TaskCatalogue fromFolder(Path folder) {
        List<PlanTask> tasks = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                Matcher m = FILE_NAME.matcher(file.getFileName().toString());
                if (m.matches()) {
                    read(Files.newInputStream(file), file.getFileName().toString(),
                            Integer.parseInt(m.group(1)), tasks, warnings);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read task catalogues in " + folder, e);
        }
        return new TaskCatalogue(tasks, warnings);
    }

    private static void read(InputStream in, String name, int planYear, List<PlanTask> tasks, List<String> warnings) {
        try (Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(),
                StandardCharsets.UTF_8)) {
            for (CSVRecord r : FORMAT.parse(reader)) {
                PlanTask task = task(r, planYear);
                if (task.deadline().kind() == Deadline.Kind.UNREADABLE) {
                    warnings.add(name + " dòng " + (r.getRecordNumber() + 1) + ", nhiệm vụ " + task.code()
                            + ": " + task.deadline().warning());
                }
                tasks.add(task);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read task catalogue " + name, e);
        }
    }

    private static PlanTask task(CSVRecord r, int planYear) {
        return new PlanTask(r.get("agency_code"), r.get("task_code"), r.get("area_code"),
                r.get("objective"), r.get("task"), r.get("activities"), r.get("product"), r.get("lead"),
                r.get("cooperating"), DeadlineParser.parse(r.get("deadline"), planYear), optional(r, "budget"));
    }

    private static String optional(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? VietText.clean(r.get(column)) : "";
    }
}
