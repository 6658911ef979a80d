package vn.cchc.rollup.read;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.normalize.TextMemo;
import vn.cchc.rollup.normalize.VietText;

/**
 * The agency a file name speaks of: the longest agency code or name it contains, regardless of
 * case, diacritics, spaces and separators ("SO-NOIVU_BC-CCHC.xlsx", "Bao cao So Noi vu.csv"); of
 * equally long ones, the agency listed first in the plan. The keys are computed once per plan and
 * looked up by the substrings of the name, so a lookup costs the same with 45 agencies or 4,000.
 */
public final class FileNameAgencies {

    /** Squeezed code or name → the first agency (in plan order) that has it. */
    private final Map<String, Listed> keys = new HashMap<>();
    private int longestKey;
    /** A file's name is asked each time its sheet's agency is decided again, after each row of text above the table. */
    private final TextMemo<Optional<Agency>> found = new TextMemo<>(this::findOnce);

    public FileNameAgencies(Plan plan) {
        int order = 0;
        for (Agency agency : plan.agencies()) {
            Listed listed = new Listed(agency, order++);
            for (String key : new String[] {squeeze(agency.code()), squeeze(agency.name())}) {
                if (!key.isEmpty()) {
                    keys.putIfAbsent(key, listed);
                    longestKey = Math.max(longestKey, key.length());
                }
            }
        }
    }

    public Optional<Agency> find(String fileName) {
        return found.apply(fileName);
    }

    private Optional<Agency> findOnce(String fileName) {
        String squeezed = squeeze(fileName);
        for (int length = Math.min(longestKey, squeezed.length()); length > 0; length--) {
            Listed best = null;
            for (int start = 0; start + length <= squeezed.length(); start++) {
                Listed found = keys.get(squeezed.substring(start, start + length));
                if (found != null && (best == null || found.order() < best.order())) {
                    best = found;
                }
            }
            if (best != null) {
                return Optional.of(best.agency());
            }
        }
        return Optional.empty();
    }

    private static String squeeze(String text) {
        return VietText.key(text).replace(" ", "");
    }

    private record Listed(Agency agency, int order) {
    }
}
