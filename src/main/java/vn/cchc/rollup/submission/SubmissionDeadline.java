package vn.cchc.rollup.submission;

import java.time.LocalDate;
import java.util.Properties;
import vn.cchc.rollup.normalize.Period;

/**
 * When a period's reports are due: {@code dueDays} days after the period ends (plan.properties key
 * {@code submission.due-days}, default 15).
 */
public record SubmissionDeadline(int dueDays) {

    public static final String PROPERTY = "submission.due-days";
    public static final int DEFAULT_DUE_DAYS = 15;

    public SubmissionDeadline {
        if (dueDays < 0) {
            throw new IllegalArgumentException("due days must not be negative: " + dueDays);
        }
    }

    public static SubmissionDeadline defaults() {
        return new SubmissionDeadline(DEFAULT_DUE_DAYS);
    }

    public static SubmissionDeadline of(Properties properties) {
        String value = properties.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return defaults();
        }
        try {
            return new SubmissionDeadline(Integer.parseInt(value.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("plan.properties: " + PROPERTY + " must be a whole number of days, not \""
                    + value + "\"", e);
        }
    }

    public LocalDate dueDate(Period period) {
        return period.end().plusDays(dueDays);
    }
}
