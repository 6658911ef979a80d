package vn.cchc.rollup.catalog;

/** How an indicator's target relates to the length of the reporting period. */
public enum TargetBasis {
    /** The target holds for any period as written. */
    PERIOD,
    /** The target is per month and scales with the period's length. */
    PER_MONTH,
    /** Judged only on the annual report. */
    YEAR
}
