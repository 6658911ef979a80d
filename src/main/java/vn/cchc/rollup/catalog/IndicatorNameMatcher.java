package vn.cchc.rollup.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.cchc.rollup.normalize.VietText;

/**
 * Finds the indicator a report names in its own words: full, shortened or slightly reworded, with a
 * numbering prefix ("1.", "a)", "-") or a unit suffix ("(%)"). Names are compared as sets of words,
 * each word weighted by how rare it is among the plan's names, so "tiếp nhận trực tuyến" counts for
 * more than "tỷ lệ", which nearly every name has.
 */
final class IndicatorNameMatcher {

    /** Below this, a name is too far from every indicator to be taken for one. */
    static final double THRESHOLD = 0.72;
    /** Two indicators closer than this to each other are "about equal": the name is ambiguous. */
    static final double MARGIN = 0.08;

    private static final Pattern NUMBERING =
            Pattern.compile("^\\s*(?:[-–—•+*]+|\\(?\\d+(?:\\.\\d+)*[.)]?|\\(?[a-zA-Zđ][.)]|[IVXLCivxlc]+[.)])\\s+");
    private static final Pattern UNIT_SUFFIX = Pattern.compile("\\s*\\([^()]{1,20}\\)\\s*$");
    /** Abbreviations Vietnamese offices use interchangeably with the words. */
    private static final Map<String, String> ABBREVIATIONS = new LinkedHashMap<>();

    static {
        ABBREVIATIONS.put("thu tuc hanh chinh", "tthc");
        ABBREVIATIONS.put("cai cach hanh chinh", "cchc");
        ABBREVIATIONS.put("quy pham phap luat", "qppl");
        ABBREVIATIONS.put("dich vu cong", "dvc");
        ABBREVIATIONS.put("co so du lieu", "csdl");
        ABBREVIATIONS.put("cong nghe thong tin", "cntt");
        ABBREVIATIONS.put("uy ban nhan dan", "ubnd");
        // the longest first: "cán bộ, công chức, viên chức" is CBCCVC, not CB + CCVC
        ABBREVIATIONS.put("can bo cong chuc vien chuc", "cbccvc");
        ABBREVIATIONS.put("cong chuc vien chuc", "ccvc");
        ABBREVIATIONS.put("can bo cong chuc", "cbcc");
        ABBREVIATIONS.put("van ban qppl", "vbqppl");
    }

    /** One indicator's known wording (its name or an alias) as words. */
    private record Wording(Indicator indicator, Set<String> words) {
    }

    private final List<Wording> wordings = new ArrayList<>();
    private final Map<String, Double> weights = new HashMap<>();
    private double unknownWordWeight;

    IndicatorNameMatcher(List<Indicator> indicators) {
        Map<String, Integer> documents = new HashMap<>();
        for (Indicator indicator : indicators) {
            List<String> names = new ArrayList<>(indicator.aliases());
            names.add(0, indicator.name());
            Set<String> all = new HashSet<>();
            for (String name : names) {
                Set<String> words = words(name);
                if (!words.isEmpty()) {
                    wordings.add(new Wording(indicator, words));
                    all.addAll(words);
                }
            }
            all.forEach(w -> documents.merge(w, 1, Integer::sum));
        }
        int n = Math.max(1, indicators.size());
        documents.forEach((word, count) -> weights.put(word, Math.log(1.0 + (double) n / count)));
        unknownWordWeight = Math.log(1.0 + n);
    }

    /** The indicators ranked by similarity to {@code text}, best first, each indicator once. */
    List<IndicatorMatch.Candidate> rank(String text) {
        Set<String> written = words(text);
        Map<Indicator, Double> best = new LinkedHashMap<>();
        if (written.isEmpty()) {
            return List.of();
        }
        for (Wording wording : wordings) {
            double similarity = similarity(written, wording.words());
            best.merge(wording.indicator(), similarity, Math::max);
        }
        return best.entrySet().stream()
                .map(e -> new IndicatorMatch.Candidate(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble(IndicatorMatch.Candidate::similarity).reversed())
                .toList();
    }

    /** The indicator a name means, or why none: no name close enough, or two about as close. */
    IndicatorMatch match(String text) {
        List<IndicatorMatch.Candidate> ranked = rank(text);
        List<IndicatorMatch.Candidate> nearest = ranked.subList(0, Math.min(3, ranked.size()));
        if (ranked.isEmpty() || ranked.get(0).similarity() < THRESHOLD) {
            return IndicatorMatch.none(nearest);
        }
        if (ranked.size() > 1 && ranked.get(0).similarity() - ranked.get(1).similarity() < MARGIN) {
            return IndicatorMatch.ambiguous(nearest);
        }
        return IndicatorMatch.found(ranked.get(0).indicator(), nearest);
    }

    /**
     * Half the weighted Dice coefficient, half the share of the written words found in the name: a
     * shortened name loses little, a name with words of its own loses more.
     */
    private double similarity(Set<String> written, Set<String> known) {
        double common = 0;
        double writtenWeight = 0;
        double knownWeight = 0;
        for (String word : written) {
            double w = weight(word);
            writtenWeight += w;
            if (known.contains(word)) {
                common += w;
            }
        }
        for (String word : known) {
            knownWeight += weight(word);
        }
        double dice = 2 * common / (writtenWeight + knownWeight);
        double containment = common / writtenWeight;
        return (dice + containment) / 2;
    }

    private double weight(String word) {
        return weights.getOrDefault(word, unknownWordWeight);
    }

    /** The words of a name, without numbering, unit suffix or punctuation; abbreviations folded. */
    static Set<String> words(String text) {
        String name = VietText.clean(text);
        name = NUMBERING.matcher(name).replaceFirst("");
        name = UNIT_SUFFIX.matcher(name).replaceFirst("");
        String key = " " + VietText.key(name) + " ";
        for (Map.Entry<String, String> e : ABBREVIATIONS.entrySet()) {
            key = key.replace(" " + e.getKey() + " ", " " + e.getValue() + " ");
        }
        Set<String> words = new HashSet<>();
        for (String word : key.strip().split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
