package vn.cchc.rollup.score;

import java.math.BigDecimal;

/** A classification by score: agencies scoring at least {@code minimum} (and below the next band) get {@code name}. */
public record Band(String name, BigDecimal minimum) {
}
