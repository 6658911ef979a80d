package vn.cchc.rollup.publish;

import vn.cchc.rollup.submission.SubmissionReport;

/**
 * What a period's outputs show beyond its own result, worked out from the store and the other
 * periods: who reported on time. A null part is left out of the outputs.
 */
public record PeriodContext(SubmissionReport submissions) {

    public static final PeriodContext NONE = new PeriodContext(null);
}
