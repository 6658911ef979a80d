package vn.cchc.rollup.trend;

import java.math.BigDecimal;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.score.Scope;

/** A group's score in one period, a point of the trend chart. */
public record TrendPoint(Scope scope, Period period, BigDecimal score) {
}
