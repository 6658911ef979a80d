package vn.cchc.rollup.task;

import java.time.LocalDate;
import vn.cchc.rollup.intake.SourceRef;
import vn.cchc.rollup.normalize.Period;

/**
 * An agency's report on one task for one period.
 *
 * @param completedOn the completion date for DONE, when given; null otherwise
 * @param evidence    "minh chứng" as written (document numbers, links)
 */
public record TaskReport(
        String agencyCode,
        Period period,
        String taskCode,
        TaskProgress progress,
        LocalDate completedOn,
        String evidence,
        SourceRef source) {
}
