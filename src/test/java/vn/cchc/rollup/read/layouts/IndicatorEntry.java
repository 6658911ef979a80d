package vn.cchc.rollup.read.layouts;

import vn.cchc.rollup.catalog.Indicator;

/**
 * One indicator row of a report as typed, with the fact it must give (null when the clerk left it blank).
 */
record IndicatorEntry(Indicator indicator, String writtenName, String unitText, Cell target,
                      Cell numerator, Cell denominator, Cell value, Cell secondValue, String note,
                      ExpectedFact expected) {
}
