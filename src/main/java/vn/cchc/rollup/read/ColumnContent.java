package vn.cchc.rollup.read;

import java.util.List;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.normalize.PeriodParser;
import vn.cchc.rollup.normalize.VietNumber;
import vn.cchc.rollup.normalize.VietText;
import vn.cchc.rollup.normalize.YesNo;

/**
 * What the first cells under a heading hold: how many are numbers, yes/no answers, indicator codes,
 * indicator names, agency names or periods. The counts are of the filled cells sampled from rows that
 * hold a value somewhere (so area headings, signatures and notes below the table do not count).
 */
record ColumnContent(int filled, int numbers, int yesNo, int codes, int names, int agencies, int periods) {

    /** Enough cells to judge a column, few enough to keep the look cheap. */
    static final int SAMPLE = 25;

    static ColumnContent of(int column, List<RawRow> body, Plan plan) {
        int filled = 0;
        int numbers = 0;
        int yesNo = 0;
        int codes = 0;
        int names = 0;
        int agencies = 0;
        int periods = 0;
        for (RawRow row : body) {
            if (filled >= SAMPLE) {
                break;
            }
            if (!holdsAnyValue(row)) {
                continue;
            }
            RawCell cell = row.cell(column);
            if (cell == null || (!cell.isNumeric() && VietNumber.isBlank(cell.text()))) {
                continue;
            }
            filled++;
            if (cell.isNumeric() || VietNumber.parse(cell.text()).isPresent()) {
                numbers++;
                continue;
            }
            String text = cell.text();
            String key = VietText.key(text);
            if (YesNo.parse(text).isPresent()) {
                yesNo++;
            } else if (Plan.isCodeKey(key) && plan.findIndicator(text).isPresent()) {
                codes++;
            } else if (plan.findAgency(text).isPresent()) {
                agencies++;
            } else if (PeriodParser.parse(text).isPresent()) {
                periods++;
            } else if (key.indexOf(' ') > 0 && plan.matchIndicator(text).found().isPresent()) {
                names++;
            }
        }
        return new ColumnContent(filled, numbers, yesNo, codes, names, agencies, periods);
    }

    /** A row with a number or a yes/no answer somewhere: a table row, not a heading, a signature or a note. */
    static boolean holdsAnyValue(RawRow row) {
        for (RawCell cell : row.cells()) {
            if (cell.isNumeric() || VietNumber.parse(cell.text()).isPresent() || YesNo.parse(cell.text()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** At least half the filled cells, and two of them unless only one is filled. */
    boolean mostly(int count) {
        return filled > 0 && count * 2 >= filled && count >= Math.min(2, filled);
    }

    boolean mostlyNumbers() {
        return mostly(numbers);
    }

    /** Numbers or yes/no answers: what a result column holds. */
    boolean mostlyValues() {
        return mostly(numbers + yesNo);
    }

    boolean mostlyCodes() {
        return mostly(codes);
    }

    boolean mostlyNames() {
        return mostly(names);
    }

    boolean mostlyAgencies() {
        return mostly(agencies);
    }

    boolean mostlyPeriods() {
        return mostly(periods);
    }

    /** "12 ô bên dưới: 10 số, 2 có/không", for the analyst. */
    String describe() {
        StringBuilder text = new StringBuilder(filled + " ô bên dưới");
        append(text, numbers, "số");
        append(text, yesNo, "có/không");
        append(text, codes, "mã chỉ tiêu");
        append(text, names, "tên chỉ tiêu");
        append(text, agencies, "tên đơn vị");
        append(text, periods, "kỳ báo cáo");
        return text.toString();
    }

    private static void append(StringBuilder text, int count, String what) {
        if (count > 0) {
            text.append(text.indexOf(":") < 0 ? ": " : ", ").append(count).append(' ').append(what);
        }
    }
}
