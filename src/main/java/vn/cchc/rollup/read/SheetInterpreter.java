package vn.cchc.rollup.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.cchc.rollup.catalog.Plan;

/**
 * Reads one sheet as a story: holds back its first rows to find the table's header wherever it stands
 * ({@link HeaderBlockFinder}, which gives each column its role), then passes the rows under it to the
 * {@link TableRows} of the table's shape. Rows above and around the table feed the {@link SheetContext},
 * where the agency and period of a one-agency table are found.
 */
final class SheetInterpreter {

    /** Rows held back to find the header and judge the columns; a sheet's later rows stream through. */
    static final int LOOKAHEAD = 60;

    private final Plan plan;
    private final Consumer<Observation> sink;
    private final SheetContext context;
    private final HeaderBlockFinder finder;
    private final List<RawRow> ahead = new ArrayList<>();
    private TableHeader header;
    private TableRows rows;
    /** The header-like block that came nearest to a table, when none was found. */
    private TableHeader nearMiss;
    private boolean tableEnded;

    /** @param outside what the sheet's name, the file's name and its folders say of agency and period */
    SheetInterpreter(Plan plan, AgencyAndPeriod agencyAndPeriod, List<Clue> outside, Consumer<Observation> sink) {
        this.plan = plan;
        this.sink = sink;
        this.context = new SheetContext(plan, agencyAndPeriod, outside);
        this.finder = new HeaderBlockFinder(plan);
    }

    void row(RawRow row) {
        if (row.hidden()) {
            return;
        }
        if (header != null) {
            tableRow(row);
            return;
        }
        ahead.add(row);
        if (ahead.size() >= LOOKAHEAD) {
            lookForHeader(false);
        }
    }

    /** The sheet has ended: rows still held back are read. */
    void finish() {
        if (header == null) {
            lookForHeader(true);
        }
    }

    /**
     * Looks for the header among the rows held back. Found: the rows above it are the sheet's
     * context, the rows below it the table. Not found: all but the last rows (maybe the top of a
     * header) are context, and the look goes on with the next rows.
     */
    private void lookForHeader(boolean sheetEnded) {
        HeaderBlockFinder.Finding finding = finder.find(ahead);
        if (finding.header() == null) {
            if (finding.nearMiss() != null && nearMiss == null) {
                nearMiss = finding.nearMiss();
            }
            int keep = sheetEnded ? 0 : HeaderBlockFinder.MAX_DEPTH - 1;
            List<RawRow> passed = new ArrayList<>(ahead.subList(0, ahead.size() - keep));
            ahead.subList(0, ahead.size() - keep).clear();
            passed.forEach(context::scan);
            return;
        }
        header = finding.header();
        header.resultPeriodHeading().ifPresent(context::resultHeading);
        rows = TableRows.of(plan, header, context, sink);
        List<RawRow> held = new ArrayList<>(ahead);
        ahead.clear();
        // by position, not by row index: a Word table's rows count from its own first row, after the
        // document's paragraphs that stand above it
        int top = position(held, header.block.top());
        int bottom = position(held, header.block.bottom());
        for (int i = 0; i < held.size(); i++) {
            if (i < top) {
                context.scan(held.get(i));
            } else if (i > bottom) {
                tableRow(held.get(i));
            }
        }
    }

    private static int position(List<RawRow> rows, RawRow row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == row) {
                return i;
            }
        }
        throw new IllegalStateException("header row not among the rows held back");
    }

    private void tableRow(RawRow row) {
        if (tableEnded) {
            context.scan(row);
            return;
        }
        tableEnded = !rows.read(row);
    }

    TableHeader header() {
        return header;
    }

    TableHeader nearMiss() {
        return nearMiss;
    }

    boolean foundTable() {
        return header != null;
    }

    SheetContext context() {
        return context;
    }

    Layout layout() {
        if (header == null) {
            return null;
        }
        if (header.isWide()) {
            return Layout.WIDE;
        }
        if (header.isAcrossAgencies()) {
            return Layout.ACROSS_AGENCIES;
        }
        return header.agencyColumn() == null ? Layout.TEMPLATE : Layout.LONG;
    }
}
