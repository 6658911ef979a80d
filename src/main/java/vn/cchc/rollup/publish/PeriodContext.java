package vn.cchc.rollup.publish;

import vn.cchc.rollup.submission.SubmissionReport;
import vn.cchc.rollup.trend.Trends;

/**
 * What a period's outputs show beyond its own result, worked out from the store and the other
 * periods: who reported on time, the trends against earlier periods, and the run that publishes
 * (the "Nhật ký" sheet). A null part is left out of the outputs.
 */
public record PeriodContext(SubmissionReport submissions, Trends trends, RunInfo run) {

    public static final PeriodContext NONE = new PeriodContext(null, null, null);
}
