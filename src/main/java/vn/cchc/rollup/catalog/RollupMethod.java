package vn.cchc.rollup.catalog;

/** How the values of many agencies combine into one figure. */
public enum RollupMethod {
    /** Σ numerators / Σ denominators, never a mean of percents. */
    RATIO,
    SUM,
    MEAN,
    /** Share of agencies answering yes, in percent. */
    ALL_YES
}
