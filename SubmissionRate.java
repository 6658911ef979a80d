package vn.cchc.rollup.submission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.cchc.rollup.score.Scope;

/**
 * Completeness (reported / expected) and timeliness (reported on time / expected) of a group of
 * agencies for one period, in percent.
 */
public record SubmissionRate(Scope scope, int expected, int reported, int onTime) {

    public BigDecimal completeness() {
        return percent(reported);
    }

    public BigDecimal timeliness() {
        return percent(onTime);
    }

    public int late() {
        return reported - onTime;
    }

    public int missing() {
        return expected - reported;
    }

    private BigDecimal percent(int count) {
        return expected == 0 ? null
                : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(expected), 2, RoundingMode.HALF_UP);
    }
}
