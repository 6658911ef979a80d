package vn.cchc.rollup.read;

import java.util.List;
import java.util.Optional;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.normalize.PeriodParser;
import vn.cchc.rollup.normalize.VietText;

/**
 * Finds where a table's header stands among the first rows of a sheet: the first row that, alone or
 * with up to two header rows under it (merged groups and their sub-columns, a row numbering the
 * columns), gives a table (see {@link TableHeader#formsTable}). The deepest such block is taken.
 * When no row does, the nearest miss is kept to tell the analyst what was found and what is missing.
 */
final class HeaderBlockFinder {

    static final int MAX_DEPTH = 3;
    /** Rows under a candidate header whose cells are looked at to settle the roles. */
    static final int BODY_SAMPLE = 40;

    /** The outcome: a table's header, or the header-like block that came nearest (either may be absent). */
    record Finding(TableHeader header, TableHeader nearMiss) {
    }

    private final Plan plan;
    private final ColumnRoleScorer scorer;

    HeaderBlockFinder(Plan plan) {
        this.plan = plan;
        this.scorer = new ColumnRoleScorer(plan);
    }

    Finding find(List<RawRow> rows) {
        TableHeader nearMiss = null;
        int nearMissScore = 2;
        for (int top = 0; top < rows.size(); top++) {
            int recognised = recognisedCells(rows.get(top));
            if (recognised == 0 || textCells(rows.get(top)) < 2) {
                continue;
            }
            TableHeader failed = null;
            for (int depth = depth(rows, top); depth >= 1; depth--) {
                int bodyStart = top + depth;
                List<RawRow> body = rows.subList(bodyStart, Math.min(rows.size(), bodyStart + BODY_SAMPLE));
                TableHeader header = scorer.assign(HeaderBlock.of(rows.subList(top, bodyStart)), body);
                if (header.formsTable()) {
                    return new Finding(header, null);
                }
                if (failed == null && hasFilledRows(body)) {
                    failed = header;
                }
                if (namesSubColumns(rows.subList(top + 1, bodyStart))) {
                    // "Tử số | Mẫu số | Giá trị" under the top row: a shallower block would misread them
                    break;
                }
            }
            if (failed != null && recognised >= nearMissScore) {
                nearMiss = failed;
                nearMissScore = recognised + 1;
            }
        }
        return new Finding(null, nearMiss);
    }

    /**
     * How many rows the header starting at {@code top} spans: rows of header words under a top row of
     * header words (at most {@link #MAX_DEPTH} in all), and a row numbering the columns.
     */
    private int depth(List<RawRow> rows, int top) {
        int depth = 1;
        boolean topIsHeadings = allHeadings(rows.get(top));
        while (top + depth < rows.size()) {
            RawRow next = rows.get(top + depth);
            if (HeaderBlock.isColumnNumbering(next)) {
                return depth + 1;
            }
            if (depth >= MAX_DEPTH || !topIsHeadings || !allHeadings(next)) {
                break;
            }
            depth++;
        }
        return depth;
    }

    private static boolean namesSubColumns(List<RawRow> rows) {
        for (RawRow row : rows) {
            for (RawCell cell : row.cells()) {
                HeaderRole role = HeaderRole.of(cell.text());
                if (role != null && role.holdsValue()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Every cell a header word, an indicator, a period or an agency (a column per agency): a row of headings, not a
     * label row ("Kỳ báo cáo: Quý I/2026").
     */
    private boolean allHeadings(RawRow row) {
        if (row.cells().isEmpty()) {
            return false;
        }
        for (RawCell cell : row.cells()) {
            if (cell.isNumeric() || !(isHeading(cell.text()) || namesIndicatorLoosely(cell.text())
                    || isPeriodHeading(cell.text()) || namesAgency(cell.text()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A heading that is a period: a group ("Quý I/2026" merged over "Tử số | Mẫu số | Giá trị") or a
     * sub-column ("Quý I | Quý II | 6 tháng" under "Kết quả thực hiện"), with or without its year.
     */
    private static boolean isPeriodHeading(String text) {
        String clean = VietText.clean(text);
        return !clean.endsWith(":") && VietText.key(clean).split(" ").length <= 6
                && (PeriodParser.find(clean).isPresent() || PeriodParser.findWithoutYear(clean).isPresent());
    }

    private boolean namesAgency(String text) {
        return !VietText.clean(text).endsWith(":") && plan.findAgency(text).isPresent();
    }

    private boolean namesIndicatorLoosely(String text) {
        return VietText.key(text).split(" ").length >= 3 && plan.matchIndicator(text).found().isPresent();
    }

    private int recognisedCells(RawRow row) {
        int count = 0;
        for (RawCell cell : row.cells()) {
            if (!cell.isNumeric() && isHeading(cell.text())) {
                count++;
            }
        }
        return count;
    }

    /** A header word or an indicator's code or name; a label ending with a colon heads no column. */
    private boolean isHeading(String text) {
        String clean = VietText.clean(text);
        if (clean.endsWith(":")) {
            return false;
        }
        return HeaderRole.of(clean) != null || plan.findIndicator(clean).isPresent();
    }

    private static int textCells(RawRow row) {
        return (int) row.cells().stream().filter(c -> !c.isNumeric() && !VietText.isBlank(c.text())).count();
    }

    private static boolean hasFilledRows(List<RawRow> body) {
        return body.stream().anyMatch(r -> r.cells().size() >= 2);
    }
}
