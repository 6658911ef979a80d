package vn.cchc.rollup.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.AgencyKind;

/**
 * Turns evaluations into one {@link AgencyScore} per agency and ranks agencies within their kind:
 * score descending, competition ranking (1, 2, 2, 4), scores compared after rounding to two
 * decimals so that agencies shown with the same score share a rank. Scores themselves are kept
 * unrounded (DECIMAL64); rounding is for display. An agency counts as reported when at least one of
 * its evaluations holds a fact (a NOT_DUE one included).
 */
public final class AgencyRanking {

    private AgencyRanking() {
    }

    /**
     * @param agencies    the registry, in order; the result keeps this order
     * @param evaluations the period's evaluations, of those agencies
     */
    public static List<AgencyScore> rank(List<Agency> agencies, Collection<Evaluation> evaluations) {
        Map<String, PointsTally> tallies = new LinkedHashMap<>();
        Map<String, Boolean> reported = new HashMap<>();
        for (Agency agency : agencies) {
            tallies.put(agency.code(), new PointsTally());
            reported.put(agency.code(), false);
        }
        for (Evaluation evaluation : evaluations) {
            String code = evaluation.agency().code();
            PointsTally tally = tallies.get(code);
            if (tally == null) {
                continue;
            }
            tally.add(evaluation);
            if (evaluation.fact() != null) {
                reported.put(code, true);
            }
        }
        Map<AgencyKind, List<BigDecimal>> roundedByKind = new HashMap<>();
        for (Agency agency : agencies) {
            roundedByKind.computeIfAbsent(agency.kind(), kind -> new ArrayList<>())
                    .add(rounded(tallies.get(agency.code()).score()));
        }
        roundedByKind.values().forEach(peers -> peers.sort(java.util.Comparator.reverseOrder()));
        List<AgencyScore> scores = new ArrayList<>();
        for (Agency agency : agencies) {
            PointsTally tally = tallies.get(agency.code());
            int rank = competitionRank(rounded(tally.score()), roundedByKind.get(agency.kind()));
            scores.add(new AgencyScore(agency, tally.score(), tally.earned(), tally.possible(),
                    tally.areaScores(), rank, reported.get(agency.code())));
        }
        return scores;
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
