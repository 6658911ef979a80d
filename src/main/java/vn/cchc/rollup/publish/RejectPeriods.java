package vn.cchc.rollup.publish;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.normalize.PeriodParser;

/**
 * Which period a rejected file belongs to, so that each period's workbook lists only its own data
 * problems: the period its accepted values are of, else the period its path names (a folder
 * "2026-Q1", a name "…_Quy-I-2026.xlsx"), else none (listed in every period, marked as such).
 */
final class RejectPeriods {

    enum Belonging { THIS_PERIOD, OTHER_PERIOD, UNKNOWN }

    private static final Pattern CODE = Pattern.compile("(?i)(?<![0-9A-Za-z])(\\d{4}-(?:Q[1-4]|H[12]|9M|M(?:0[1-9]|1[0-2])))(?![0-9A-Za-z])");

    private final Period period;
    private final Set<String> filesWithValues;

    /** @param filesWithValues the files of which values of the period were accepted */
    RejectPeriods(Period period, Set<String> filesWithValues) {
        this.period = period;
        this.filesWithValues = filesWithValues;
    }

    Belonging of(String file) {
        if (file == null || file.isEmpty()) {
            return Belonging.UNKNOWN;
        }
        if (filesWithValues.contains(file)) {
            return Belonging.THIS_PERIOD;
        }
        Optional<String> named = named(file);
        if (named.isEmpty()) {
            return Belonging.UNKNOWN;
        }
        return named.get().equalsIgnoreCase(period.code()) ? Belonging.THIS_PERIOD : Belonging.OTHER_PERIOD;
    }

    /** The period code the path names, the innermost first (the file name before its folder). */
    private static Optional<String> named(String file) {
        String[] parts = file.replace('\\', '/').split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            Matcher code = CODE.matcher(parts[i]);
            String last = null;
            while (code.find()) {
                last = code.group(1);
            }
            if (last != null) {
                return Optional.of(last);
            }
            Optional<Period> written = PeriodParser.find(parts[i].replace('_', ' ').replace('-', ' '));
            if (written.isPresent()) {
                return written.map(Period::code);
            }
        }
        return Optional.empty();
    }
}
