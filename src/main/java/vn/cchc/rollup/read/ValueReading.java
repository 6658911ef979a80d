package vn.cchc.rollup.read;

import java.math.BigDecimal;
import vn.cchc.rollup.intake.ReasonCode;

/** The outcome of reading one value: a number, or why it could not be read. */
public record ValueReading(BigDecimal value, ReasonCode problem, String message) {

    static ValueReading of(BigDecimal value) {
        return new ValueReading(value, null, null);
    }

    static ValueReading problem(ReasonCode reason, String message) {
        return new ValueReading(null, reason, message);
    }

    public boolean ok() {
        return problem == null;
    }
}
