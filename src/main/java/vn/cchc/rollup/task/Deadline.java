package vn.cchc.rollup.task;

import java.time.LocalDate;

/**
 * A task's deadline as the plan writes it, read into a date or a rule.
 *
 * @param written how the plan wrote it ("Quý II, III/2026")
 * @param kind    what it means
 * @param date    the last day to finish, for {@link Kind#DATE}; null otherwise
 * @param warning why it could not be read, for {@link Kind#UNREADABLE}; null otherwise
 */
public record Deadline(String written, Kind kind, LocalDate date, String warning) {

    public enum Kind {
        /** Due by a date. */
        DATE,
        /** "Thường xuyên": continuous, to be reported every period. */
        RECURRING,
        /** "Theo kế hoạch của UBND tỉnh": the date is set elsewhere. */
        NO_FIXED_DATE,
        /** Could not be read; shown as written, with a warning. */
        UNREADABLE
    }

    public static Deadline on(String written, LocalDate date) {
        return new Deadline(written, Kind.DATE, date, null);
    }

    public static Deadline recurring(String written) {
        return new Deadline(written, Kind.RECURRING, null, null);
    }

    public static Deadline noFixedDate(String written) {
        return new Deadline(written, Kind.NO_FIXED_DATE, null, null);
    }

    public static Deadline unreadable(String written, String warning) {
        return new Deadline(written, Kind.UNREADABLE, null, warning);
    }

    /** How officials read it: "31/03/2026", "Thường xuyên", "Không có thời hạn cố định". */
    public String label() {
        return switch (kind) {
            case DATE -> TaskDates.format(date);
            case RECURRING -> "Thường xuyên";
            case NO_FIXED_DATE -> "Không có thời hạn cố định (" + written + ")";
            case UNREADABLE -> written;
        };
    }
}
