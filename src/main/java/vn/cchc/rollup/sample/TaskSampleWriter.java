package vn.cchc.rollup.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.task.Deadline;
import vn.cchc.rollup.task.PlanTask;
import vn.cchc.rollup.task.TaskCatalogue;
import vn.cchc.rollup.task.TaskDates;

/**
 * Writes agencies' task status reports as a long CSV (one row per agency × task). Each task's
 * completion date is drawn once per agency and task, so the reports of successive periods agree:
 * a task done in Quý I is still done, on the same date, at 6 tháng.
 */
final class TaskSampleWriter {

    static final List<Object> HEADER = List.of("Mã đơn vị", "Kỳ báo cáo", "Mã nhiệm vụ", "Trạng thái",
            "Ngày hoàn thành", "Minh chứng");

    private TaskSampleWriter() {
    }

    static void write(TaskCatalogue catalogue, Period period, List<Agency> agencies, long seed, Path path)
            throws IOException {
        Grid grid = new Grid();
        grid.addHeader(HEADER);
        for (Agency agency : agencies) {
            for (PlanTask task : catalogue.tasksFor(agency)) {
                Random random = new Random(SampleValues.mix(seed, agency.code(), task.code(), "task"));
                LocalDate completion = completion(task.deadline(), period.year(), random);
                boolean recurringSkipped = random.nextDouble() < 0.15;
                if (task.deadline().kind() == Deadline.Kind.RECURRING) {
                    if (!recurringSkipped) {
                        grid.add(agency.code(), period.label(), task.code(), "Đang thực hiện", "",
                                "Báo cáo định kỳ " + period.label());
                    }
                } else if (completion != null && !completion.isAfter(period.end())) {
                    grid.add(agency.code(), period.label(), task.code(), "Hoàn thành", TaskDates.format(completion),
                            "Văn bản số " + (10 + random.nextInt(290)) + "/" + (agency.code().startsWith("SO") ? "SNgV" : "UBND")
                                    + " ngày " + TaskDates.format(completion));
                } else {
                    boolean started = task.deadline().kind() != Deadline.Kind.DATE
                            || !task.deadline().date().minusMonths(3).isAfter(period.end());
                    grid.add(agency.code(), period.label(), task.code(), started ? "Đang thực hiện" : "Chưa thực hiện",
                            "", "");
                }
            }
        }
        GridWriter.write(grid, FileFormat.CSV, "Nhiem vu", path, new GridWriter.CsvStyle(',', true));
    }

    /** Mostly on or before the deadline, sometimes after it, sometimes never in the year. */
    private static LocalDate completion(Deadline deadline, int year, Random random) {
        double draw = random.nextDouble();
        int days = random.nextInt(40);
        if (deadline.kind() != Deadline.Kind.DATE) {
            return draw < 0.5 ? LocalDate.of(year, 1, 15).plusDays(random.nextInt(300)) : null;
        }
        if (draw < 0.7) {
            return deadline.date().minusDays(days);
        }
        return draw < 0.9 ? deadline.date().plusDays(1 + days % 30) : null;
    }
}
