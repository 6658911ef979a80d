package vn.cchc.rollup.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.AgencyKind;

/**
 * Turns the points of each agency, summed by {@link EvaluationTable}, into one {@link AgencyScore}
 * per agency and ranks agencies within their kind:
 * score descending, competition ranking (1, 2, 2, 4), scores compared after rounding to two
 * decimals so that agencies shown with the same score share a rank. Scores themselves are kept
 * unrounded (DECIMAL64); rounding is for display. An agency counts as reported when at least one of
 * its evaluations holds a fact (a NOT_DUE one included).
 */
final class AgencyRanking {

    private AgencyRanking() {
    }

    /**
     * @param agencies    the registry, in order; the result keeps this order
     * @param points      the points of the period's evaluations per agency code; an agency absent
     *                    has none
     */
    static List<AgencyScore> rank(List<Agency> agencies, Map<String, GroupPoints> points) {
        Map<AgencyKind, List<BigDecimal>> roundedByKind = new HashMap<>();
        for (Agency agency : agencies) {
            roundedByKind.computeIfAbsent(agency.kind(), kind -> new ArrayList<>())
                    .add(rounded(pointsOf(agency, points).score()));
        }
        roundedByKind.values().forEach(peers -> peers.sort(Comparator.reverseOrder()));
        List<AgencyScore> scores = new ArrayList<>();
        for (Agency agency : agencies) {
            GroupPoints group = pointsOf(agency, points);
            int rank = competitionRank(rounded(group.score()), roundedByKind.get(agency.kind()));
            scores.add(new AgencyScore(agency, group.score(), group.total().earned(), group.total().possible(),
                    group.areaScores(), rank, group.facts() > 0));
        }
        return scores;
    }

    private static GroupPoints pointsOf(Agency agency, Map<String, GroupPoints> points) {
        return points.getOrDefault(agency.code(), GroupPoints.NONE);
    }

    /** 1 + the number of peers with a strictly higher score; {@code peers} are sorted highest first. */
    private static int competitionRank(BigDecimal score, List<BigDecimal> peers) {
        int low = 0;
        int high = peers.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (peers.get(mid).compareTo(score) > 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return 1 + low;
    }

    private static BigDecimal rounded(BigDecimal score) {
        return score.setScale(2, RoundingMode.HALF_UP);
    }
}
