package vn.cchc.rollup.task;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese officials write them: dd/MM/yyyy. */
public final class TaskDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private TaskDates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : FORMAT.format(date);
    }
}
