package vn.cchc.rollup.score;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The same agency's value for the same indicator and period kind one year earlier, used to judge
 * INCREASE indicators.
 */
@FunctionalInterface
public interface PreviousValues {

    Optional<BigDecimal> value(String agencyCode, String indicatorCode);

    /** No previous year on record: every INCREASE indicator is then NOT_MET. */
    static PreviousValues none() {
        return (agencyCode, indicatorCode) -> Optional.empty();
    }
}
