package vn.cchc.rollup.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a report's wording of an indicator was matched to: one indicator, or none because two are
 * about equally close ({@link #ambiguous}) or none is close enough. {@code nearest} holds the closest
 * indicators, best first, for the analyst.
 */
public record IndicatorMatch(Indicator indicator, boolean ambiguous, List<Candidate> nearest) {

    /** An indicator and how close a wording is to it, 0 (nothing in common) to 1 (the same words). */
    public record Candidate(Indicator indicator, double similarity) {

        /** "TTHC-05 «Tỷ lệ hồ sơ …» (0,81)". */
        public String describe() {
            return indicator.code() + " «" + indicator.name() + "» ("
                    + String.format(Locale.ROOT, "%.2f", similarity).replace('.', ',') + ")";
        }
    }

    public IndicatorMatch {
        nearest = List.copyOf(nearest);
    }

    static IndicatorMatch exact(Indicator indicator) {
        return new IndicatorMatch(indicator, false, List.of(new Candidate(indicator, 1.0)));
    }

    static IndicatorMatch found(Indicator indicator, List<Candidate> nearest) {
        return new IndicatorMatch(indicator, false, nearest);
    }

    static IndicatorMatch ambiguous(List<Candidate> nearest) {
        return new IndicatorMatch(null, true, nearest);
    }

    static IndicatorMatch none(List<Candidate> nearest) {
        return new IndicatorMatch(null, false, nearest);
    }

    public Optional<Indicator> found() {
        return Optional.ofNullable(indicator);
    }

    /** The closest candidates described for a message, e.g. "TTHC-05 «…» (0,81); TTHC-06 «…» (0,62)". */
    public String describeNearest(int count) {
        return nearest.stream().limit(count).map(Candidate::describe).collect(Collectors.joining("; "));
    }
}
