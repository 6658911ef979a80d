package vn.cchc.rollup.score;

import java.math.BigDecimal;

/**
 * What the database sums of one indicator's evaluations over a scope.
 *
 * @param facts          evaluations holding a fact
 * @param valueSum       Σ value of those facts; null when there is none
 * @param yes            facts whose value is 1 (yes)
 * @param ratios         facts given with both tử số and mẫu số
 * @param numeratorSum   Σ tử số of those; null when there is none
 * @param denominatorSum Σ mẫu số of those; null when there is none
 */
record IndicatorSums(
        int applicable,
        int met,
        int notMet,
        int missing,
        int notDue,
        int facts,
        BigDecimal valueSum,
        int yes,
        int ratios,
        BigDecimal numeratorSum,
        BigDecimal denominatorSum) {

    /** The sums of both scopes together. */
    IndicatorSums plus(IndicatorSums other) {
        return new IndicatorSums(applicable + other.applicable, met + other.met, notMet + other.notMet,
                missing + other.missing, notDue + other.notDue, facts + other.facts,
                add(valueSum, other.valueSum), yes + other.yes, ratios + other.ratios,
                add(numeratorSum, other.numeratorSum), add(denominatorSum, other.denominatorSum));
    }

    /** SQL's sum: null when neither side has a value. */
    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }
}
