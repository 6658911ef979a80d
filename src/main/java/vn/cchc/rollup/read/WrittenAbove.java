package vn.cchc.rollup.read;

import java.util.HashSet;
import java.util.Set;
import vn.cchc.rollup.normalize.VietText;

/**
 * A long table's agency or period written once for a group of rows, on its first row or merged down over them
 * (a merged cell's text stands in its first row only): a blank cell below stands for the text above. A group
 * reports each of its rows once, so a blank on a row the group has already reported (the same indicator again)
 * is left blank: the clerk left that row's agency out, and the row is rejected rather than given to the group.
 */
final class WrittenAbove {

    private Located group;
    private final Set<String> rowsOfGroup = new HashSet<>();

    /**
     * The text standing for this row: its own, or its group's when blank.
     *
     * @param row what the row reports within a group, as typed: its indicator, with its period in an agency's group
     *            and its agency in a period's group
     */
    Located fill(Located written, String row) {
        if (!written.isBlank()) {
            start(written);
            rowsOfGroup.add(row);
            return written;
        }
        if (group == null || !rowsOfGroup.add(row)) {
            return written;
        }
        return group;
    }

    /** The group's text, blank when there is none. */
    String current() {
        return group == null ? "" : group.text();
    }

    /** A row that only names the group ("Xã Đức Thọ" above its indicators). */
    void heading(Located written) {
        start(written);
    }

    /** The table is over, or something other than the group's rows came between. */
    void forget() {
        group = null;
        rowsOfGroup.clear();
    }

    private void start(Located written) {
        if (group == null || !group.text().equals(written.text())
                && !VietText.key(group.text()).equals(VietText.key(written.text()))) {
            group = written;
            rowsOfGroup.clear();
        }
    }
}
