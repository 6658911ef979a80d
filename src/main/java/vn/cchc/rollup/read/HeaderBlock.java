package vn.cchc.rollup.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.rollup.normalize.VietText;

/**
 * The one to three rows that head a table, and each column's heading read through them: its own
 * text (the lowest row that has one) and the merged groups above it ("Kết quả thực hiện" over
 * "Tử số | Mẫu số | Tỷ lệ / Giá trị"). A merged cell's text stands in its first column, so a group
 * spans from there to the column before the next text of its row.
 */
record HeaderBlock(List<RawRow> rows, Map<Integer, Heading> headings) {

    /** A piece of header text and its column. */
    record HeadingCell(int column, String text) {
    }

    /** One column's heading: its own text and the groups above it, nearest first. */
    record Heading(int column, String own, List<HeadingCell> groups) {

        /** "Kết quả thực hiện / Tử số": the groups from the top, then the column's own text. */
        String text() {
            StringBuilder text = new StringBuilder();
            for (int i = groups.size() - 1; i >= 0; i--) {
                text.append(groups.get(i).text()).append(" / ");
            }
            return text.append(own).toString();
        }
    }

    /** "3", "(3)", "C", "3 = 1/2", "(3)=(1)/(2)x100": group 1 is the number, if any. */
    private static final Pattern COLUMN_NUMBER =
            Pattern.compile("^\\(?(?:(\\d{1,2})|[A-Za-z])\\)?(?:\\s*=\\s*[0-9A-Za-z()+\\-*/x:.,%\\s]+)?$");

    HeaderBlock {
        rows = List.copyOf(rows);
        headings = Map.copyOf(headings);
    }

    static HeaderBlock of(List<RawRow> rows) {
        List<RawRow> labelled = rows.stream().filter(r -> !isColumnNumbering(r)).toList();
        Map<Integer, Heading> headings = new TreeMap<>();
        for (int r = labelled.size() - 1; r >= 0; r--) {
            for (RawCell cell : labelled.get(r).cells()) {
                String text = VietText.clean(cell.text());
                if (!text.isEmpty() && !headings.containsKey(cell.column())) {
                    headings.put(cell.column(), new Heading(cell.column(), text, groupsAbove(labelled, r, cell.column())));
                }
            }
        }
        return new HeaderBlock(rows, headings);
    }

    /** The texts of the rows above {@code row} whose merged cell spans {@code column}, nearest first. */
    private static List<HeadingCell> groupsAbove(List<RawRow> rows, int row, int column) {
        List<HeadingCell> groups = new ArrayList<>();
        for (int r = row - 1; r >= 0; r--) {
            RawRow upper = rows.get(r);
            RawCell start = null;
            for (RawCell cell : upper.cells()) {
                if (cell.column() <= column && !VietText.isBlank(cell.text())) {
                    start = cell;
                }
            }
            // a group starts over a sub-column of its own: "STT" merged down its column spans nothing to its right
            if (start != null && (start.column() == column || hasTextBelow(rows, r, start.column()))) {
                groups.add(new HeadingCell(start.column(), VietText.clean(start.text())));
            }
        }
        return groups;
    }

    private static boolean hasTextBelow(List<RawRow> rows, int row, int column) {
        for (int r = row + 1; r < rows.size(); r++) {
            if (!VietText.isBlank(rows.get(r).text(column))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A row numbering the columns under a header, as official forms have: "1 | 2 | 3", "(1) | (2)",
     * "A | B | 1 | 2 | 3 = 1/2". Its numbers go up; a letter stands for a column of text.
     */
    static boolean isColumnNumbering(RawRow row) {
        if (row.cells().size() < 3) {
            return false;
        }
        int last = 0;
        for (RawCell cell : row.cells()) {
            Matcher m = COLUMN_NUMBER.matcher(VietText.clean(cell.text()));
            if (!m.matches()) {
                return false;
            }
            if (m.group(1) != null) {
                int number = Integer.parseInt(m.group(1));
                if (number <= last) {
                    return false;
                }
                last = number;
            }
        }
        return last > 0;
    }

    /** Where a heading's text is written in its column: the lowest row of the block with that text. */
    String locationOf(int column, String text) {
        for (int r = rows.size() - 1; r >= 0; r--) {
            if (VietText.clean(rows.get(r).text(column)).equals(text)) {
                return rows.get(r).location(column);
            }
        }
        return bottom().location(column);
    }

    /** The first row of the block. */
    RawRow top() {
        return rows.get(0);
    }

    /** The last row of the block. */
    RawRow bottom() {
        return rows.get(rows.size() - 1);
    }

    /** The sheet's 0-based index of the first header row. */
    int firstRow() {
        return rows.get(0).index();
    }

    int lastRow() {
        return rows.get(rows.size() - 1).index();
    }

    /** "dòng 7–8" or "dòng 7", as analysts count rows. */
    String rowRange() {
        return firstRow() == lastRow() ? "dòng " + (firstRow() + 1) : "dòng " + (firstRow() + 1) + "–" + (lastRow() + 1);
    }
}
