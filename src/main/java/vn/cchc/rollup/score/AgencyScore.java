package vn.cchc.rollup.score;

import java.math.BigDecimal;
import java.util.Map;
import vn.cchc.rollup.catalog.Agency;

/**
 * An agency's score for a period: earned / possible × 100, overall and per area.
 *
 * @param areaScores score per area code (0–100); an area with no points due is absent
 * @param rank       1-based rank within the agency's kind; ties share a rank (1, 2, 2, 4)
 * @param reported   the agency sent at least one accepted value for the period
 */
public record AgencyScore(
        Agency agency,
        BigDecimal score,
        BigDecimal earned,
        BigDecimal possible,
        Map<String, BigDecimal> areaScores,
        int rank,
        boolean reported) {

    public AgencyScore {
        areaScores = Map.copyOf(areaScores);
    }
}
