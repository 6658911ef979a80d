package vn.cchc.rollup.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.normalize.VietText;

/**
 * The agency a file name speaks of: the longest agency code or name it contains, regardless of
 * case, diacritics, spaces and separators ("SO-NOIVU_BC-CCHC.xlsx", "Bao cao So Noi vu.csv"). The
 * keys are computed once per plan, since a run looks up every file.
 */
public final class FileNameAgencies {

    private final List<Map.Entry<String, Agency>> keys = new ArrayList<>();

    public FileNameAgencies(Plan plan) {
        for (Agency agency : plan.agencies()) {
            keys.add(Map.entry(squeeze(agency.code()), agency));
            keys.add(Map.entry(squeeze(agency.name()), agency));
        }
    }

    public Optional<Agency> find(String fileName) {
        String squeezed = squeeze(fileName);
        Agency best = null;
        int bestLength = 0;
        for (Map.Entry<String, Agency> key : keys) {
            String candidate = key.getKey();
            if (candidate.length() > bestLength && squeezed.contains(candidate)) {
                best = key.getValue();
                bestLength = candidate.length();
            }
        }
        return Optional.ofNullable(best);
    }

    private static String squeeze(String text) {
        return VietText.key(text).replace(" ", "");
    }
}
