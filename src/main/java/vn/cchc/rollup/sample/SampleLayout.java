package vn.cchc.rollup.sample;

/** How a sample file arranges its data. */
public enum SampleLayout {
    /** The product's template, one agency per file. */
    TEMPLATE,
    /** One row per agency × indicator, several agencies per file. */
    LONG,
    /** One row per agency, one column per indicator. */
    WIDE
}
