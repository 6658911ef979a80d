package vn.cchc.rollup.score;

import java.math.BigDecimal;
import java.util.Map;

/** A group's score: Σ earned / Σ possible points of its agencies × 100, overall and per area. */
public record ScopeScore(Scope scope, BigDecimal score, Map<String, BigDecimal> areaScores, int agencies) {

    public ScopeScore {
        areaScores = Map.copyOf(areaScores);
    }
}
