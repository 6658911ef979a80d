package vn.cchc.rollup.read;

import java.util.ArrayList;
import java.util.List;

/** Records what a reader passes: sheets as "name|hidden", and the rows. */
class CollectingVisitor implements RowVisitor {

    final List<String> sheets = new ArrayList<>();
    final List<RawRow> rows = new ArrayList<>();
    int endedSheets;

    @Override
    public boolean startSheet(String name, boolean hidden) {
        sheets.add(name + "|" + hidden);
        return true;
    }

    @Override
    public void row(RawRow row) {
        rows.add(row);
    }

    @Override
    public void endSheet() {
        endedSheets++;
    }

    List<RawRow> rowsOf(String sheet) {
        return rows.stream().filter(r -> java.util.Objects.equals(r.sheet(), sheet)).toList();
    }
}
