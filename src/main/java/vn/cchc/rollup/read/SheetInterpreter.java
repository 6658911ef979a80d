package vn.cchc.rollup.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.Unit;
import vn.cchc.rollup.normalize.VietNumber;
import vn.cchc.rollup.normalize.VietText;
import vn.cchc.rollup.normalize.YesNo;

/**
 * Finds the report table of a sheet wherever it stands (letterhead rows above, a signature block
 * below) and turns its rows into {@link Observation}s. Rows above and around the table feed the
 * {@link SheetContext}; total rows, area headings and rows with no value are passed over.
 */
final class SheetInterpreter {

    private static final Pattern ROMAN = Pattern.compile("^[ivxlc]+$");
    /** "Tổng cộng", "Tổng cộng toàn tỉnh", "Tổng", "Cộng", "Tổng số": not "Công khai ..." nor "Tổng số hồ sơ ...". */
    private static final Pattern TOTAL = Pattern.compile("^(tong cong( .*)?|tong|cong|tong so|cong chung)$");

    /** Rows held back to find the header and judge the columns; a sheet's later rows stream through. */
    static final int LOOKAHEAD = 60;

    private final Plan plan;
    private final Consumer<Observation> sink;
    private final SheetContext context;
    private final HeaderBlockFinder finder;
    private final List<RawRow> ahead = new ArrayList<>();
    private TableHeader header;
    /** The header-like block that came nearest to a table, when none was found. */
    private TableHeader nearMiss;
    private boolean tableEnded;
    /** An indicator's name on a row with no value, which the next row may finish (see {@link #finishing}). */
    private Located unfinishedName;
    private final WrittenAbove agencyAbove = new WrittenAbove();
    private final WrittenAbove periodAbove = new WrittenAbove();

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
        List<RawRow> rows = new ArrayList<>(ahead);
        ahead.clear();
        // by position, not by row index: a Word table's rows count from its own first row, after the
        // document's paragraphs that stand above it
        int top = position(rows, header.block.top());
        int bottom = position(rows, header.block.bottom());
        for (int i = 0; i < rows.size(); i++) {
            if (i < top) {
                context.scan(rows.get(i));
            } else if (i > bottom) {
                tableRow(rows.get(i));
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
        if (header.isWide()) {
            wideRow(row);
        } else if (header.isAcrossAgencies()) {
            acrossAgenciesRow(row);
        } else {
            longRow(row);
        }
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

    private void longRow(RawRow row) {
        Integer indicatorColumn = header.indicatorColumn();
        LocatedCell numerator = cell(row, header.column(HeaderRole.NUMERATOR));
        LocatedCell denominator = cell(row, header.column(HeaderRole.DENOMINATOR));
        Located indicator = firstNonBlank(row, indicatorColumn, header.column(HeaderRole.INDICATOR_NAME));
        List<PeriodCell> byPeriod = byPeriod(row);
        LocatedCell value = byPeriod.isEmpty() ? value(row, indicator) : null;
        boolean noValue = numerator == null && denominator == null && value == null
                && byPeriod.stream().allMatch(PeriodCell::isBlank);
        boolean noValueHeld = !holdsValue(numerator) && !holdsValue(denominator) && !holdsValue(value)
                && byPeriod.stream().noneMatch(c -> holdsValue(c.numerator()) || holdsValue(c.denominator())
                        || holdsValue(c.value()));
        if (!noValueHeld) {
            Located finished = finishing(row, indicator);
            if (finished != indicator) {
                indicator = finished;
                value = byPeriod.isEmpty() ? value(row, indicator) : null;
            }
        }
        boolean textOnly = noValueHeld && (indicator.isBlank() || isSignatureOrNote(indicator));
        boolean passedOver = isTotalOrHeading(row) || noValue || textOnly;
        unfinishedName = passedOver && noValue && !indicator.isBlank() && !isTotalOrHeading(row) ? indicator : null;
        if (passedOver) {
            if (indicator.isBlank()) {
                groupHeading(row);
            }
            if (indicator.isBlank() && !hasAnyNumber(row)) {
                // text only and no indicator: the table is over (signature block, notes)
                tableEnded = header.agencyColumn() == null && !isAreaHeading(row);
                context.scan(row);
            }
            return;
        }
        if (header.oneAgencyRows && header.indicatorColumns.values().stream().noneMatch(cols ->
                holdsValue(cell(row, cols.numerator)) || holdsValue(cell(row, cols.value)))) {
            // a signature block or a note under the one agency's row
            context.scan(row);
            return;
        }
        Located agency;
        Located period;
        if (header.agencyColumn() == null && header.column(HeaderRole.PERIOD) == null) {
            agency = contextAgency();
            period = contextPeriod();
        } else {
            // what a row reports within its agency's group is its indicator in its period, and the other way round
            Located periodWritten = text(row, header.column(HeaderRole.PERIOD));
            String periodText = periodWritten.isBlank() ? periodAbove.current() : periodWritten.text();
            agency = header.agencyColumn() == null ? contextAgency()
                    : agencyAbove.fill(writtenAgency(row), indicator.text() + "|" + periodText);
            period = header.column(HeaderRole.PERIOD) == null ? contextPeriod()
                    : periodAbove.fill(periodWritten, indicator.text() + "|" + agency.text());
        }
        String location = byPeriod.isEmpty() ? firstLocation(value, numerator, denominator)
                : firstLocation(byPeriod.stream().flatMap(c -> java.util.stream.Stream.of(c.value(), c.numerator(),
                        c.denominator())).toArray(LocatedCell[]::new));
        sink.accept(new Observation(agency, period, indicator, numerator, denominator, value,
                note(row), location, byPeriod));
    }

    /**
     * The row's indicator, or the name it finishes: a clerk who does not know Alt+Enter types a long name over two
     * rows, the value on the second ("Tỷ lệ hồ sơ TTHC được giải quyết trước hạn," then "đúng hạn | 99,2"). A row
     * with a value and no row number whose own words name no indicator is joined to the name above it when the two
     * together do, and the name above is not one whole already (a row left blank).
     */
    private Located finishing(RawRow row, Located own) {
        Integer number = header.column(HeaderRole.ROW_NUMBER);
        if (unfinishedName == null || own.isBlank() || number != null && !VietText.isBlank(row.text(number))
                || plan.findIndicator(unfinishedName.text()).isPresent()
                || plan.matchIndicator(own.text()).found().isPresent()) {
            return own;
        }
        String joined = unfinishedName.text() + " " + own.text();
        return plan.matchIndicator(joined).found().isPresent() ? new Located(joined, unfinishedName.location()) : own;
    }

    /** The row's cells under columns headed by periods (null where blank); none when the table has no such columns. */
    private List<PeriodCell> byPeriod(RawRow row) {
        List<PeriodCell> cells = new ArrayList<>();
        header.periodColumns.values().forEach(cols -> cells.add(new PeriodCell(cols.period, cell(row, cols.numerator),
                cell(row, cols.denominator), cell(row, cols.value))));
        return cells;
    }

    private void wideRow(RawRow row) {
        if (isTotalOrHeading(row) || labelledAsNoResult(row)) {
            // an agency's row of targets or scores ("Kế hoạch" above its "Thực hiện") still names its group
            if (header.agencyColumn() != null && !isTotalOrHeading(row)) {
                groupHeading(row);
            }
            return;
        }
        boolean values = header.indicatorColumns.values().stream().anyMatch(cols ->
                holdsValue(cell(row, cols.numerator)) || holdsValue(cell(row, cols.value)));
        if (header.oneAgencyRows && !values) {
            // a signature block or a note under the one agency's row
            context.scan(row);
            return;
        }
        // an agency's one row of results, under its name merged down over its rows or written on its first
        Located agency = header.agencyColumn() == null ? contextAgency() : agencyAbove.fill(writtenAgency(row), "");
        if (agency.isBlank() && header.agencyColumn() != null && !values) {
            if (!hasAnyNumber(row)) {
                context.scan(row);
            }
            return;
        }
        Located period = header.column(HeaderRole.PERIOD) == null ? contextPeriod() : text(row, header.column(HeaderRole.PERIOD));
        for (var entry : header.indicatorColumns.entrySet()) {
            TableHeader.IndicatorColumns cols = entry.getValue();
            LocatedCell numerator = cell(row, cols.numerator);
            LocatedCell denominator = cell(row, cols.denominator);
            LocatedCell value = cell(row, cols.value);
            if (numerator == null && denominator == null && value == null) {
                continue;
            }
            Located indicator = new Located(cols.indicator.code(), row.location(entry.getKey()));
            sink.accept(new Observation(agency, period, indicator, numerator, denominator, value,
                    note(row), firstLocation(value, numerator, denominator)));
        }
    }

    private Located writtenAgency(RawRow row) {
        return firstNonBlank(row, header.column(HeaderRole.AGENCY_CODE), header.column(HeaderRole.AGENCY_NAME));
    }

    /**
     * A long table's row with no indicator and no value: the heading of the next rows' agency when it names
     * one the plan knows ("Xã Đức Thọ" alone above its indicators); other text there ends the group, a blank
     * (an area heading inside the group, under its merged agency cell) does not.
     */
    private void groupHeading(RawRow row) {
        if (header.agencyColumn() == null) {
            return;
        }
        Located written = writtenAgency(row);
        if (written.isBlank()) {
            return;
        }
        if (plan.findAgency(written.text()).isPresent()) {
            agencyAbove.heading(written);
        } else {
            agencyAbove.forget();
            periodAbove.forget();
        }
    }

    /** A row of an indicator with a column (or tử số / mẫu số / giá trị columns) per agency. */
    private void acrossAgenciesRow(RawRow row) {
        Located indicator = firstNonBlank(row, header.indicatorColumn(), header.column(HeaderRole.INDICATOR_NAME));
        boolean anyValue = header.agencyColumns.values().stream().anyMatch(cols -> holdsValue(cell(row, cols.numerator))
                || holdsValue(cell(row, cols.denominator)) || holdsValue(cell(row, cols.value)));
        if (isTotalOrHeading(row) || indicator.isBlank() || !anyValue && isSignatureOrNote(indicator)) {
            if (indicator.isBlank() && !hasAnyNumber(row)) {
                context.scan(row);
            }
            return;
        }
        Located period = header.column(HeaderRole.PERIOD) == null ? contextPeriod() : text(row, header.column(HeaderRole.PERIOD));
        for (TableHeader.AgencyColumns cols : header.agencyColumns.values()) {
            LocatedCell numerator = cell(row, cols.numerator);
            LocatedCell denominator = cell(row, cols.denominator);
            LocatedCell value = cell(row, cols.value);
            if (numerator == null && denominator == null && value == null) {
                continue;
            }
            sink.accept(new Observation(cols.heading, period, indicator, numerator, denominator, value,
                    note(row), firstLocation(value, numerator, denominator)));
        }
    }

    /** A row of a wide table labelled as the plan's target or a score ("Kế hoạch", "Điểm"), not a result. */
    private boolean labelledAsNoResult(RawRow row) {
        int first = header.firstIndicatorColumn();
        Integer agencyCode = header.column(HeaderRole.AGENCY_CODE);
        Integer agencyName = header.column(HeaderRole.AGENCY_NAME);
        for (RawCell cell : row.cells()) {
            boolean agencyCell = Integer.valueOf(cell.column()).equals(agencyCode)
                    || Integer.valueOf(cell.column()).equals(agencyName);
            if (cell.column() < first && !cell.isNumeric() && !agencyCell) {
                HeaderRole label = HeaderRole.of(cell.text());
                if (label == HeaderRole.TARGET || label == HeaderRole.IGNORED) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The row's result cell. With several result columns ("Số lượng", "Tỷ lệ (%)"), the one filled;
     * if more are, the one whose heading suits the indicator's unit. A yes/no column comes last.
     */
    private LocatedCell value(RawRow row, Located indicator) {
        List<Map.Entry<Integer, LocatedCell>> filled = new ArrayList<>();
        for (Integer column : header.valueColumns.keySet()) {
            LocatedCell cell = cell(row, column);
            if (cell != null) {
                filled.add(Map.entry(column, cell));
            }
        }
        if (filled.size() > 1) {
            Optional<Unit> unit = plan.matchIndicator(indicator.text()).found().map(Indicator::unit);
            if (unit.isPresent()) {
                for (Map.Entry<Integer, LocatedCell> e : filled) {
                    if (header.valueColumns.get(e.getKey()).suits(unit.get())) {
                        return e.getValue();
                    }
                }
            }
        }
        if (!filled.isEmpty()) {
            return filled.get(0).getValue();
        }
        return cell(row, header.column(HeaderRole.YES_NO));
    }

    /** The sheet's agency, read lazily: a letterhead may stand anywhere above the table. */
    private Located contextAgency() {
        return context.agency();
    }

    private Located contextPeriod() {
        return context.period();
    }

    private boolean isTotalOrHeading(RawRow row) {
        for (RawCell cell : row.cells()) {
            if (cell.column() > firstDataColumn()) {
                break;
            }
            String key = VietText.key(cell.text());
            if (TOTAL.matcher(key).matches()) {
                return true;
            }
        }
        return isAreaHeading(row);
    }

    /** An area heading: STT in Roman numerals ("I", "II") and no indicator. */
    private boolean isAreaHeading(RawRow row) {
        if (row.cells().isEmpty()) {
            return false;
        }
        RawCell first = row.cells().get(0);
        boolean roman = !first.isNumeric() && ROMAN.matcher(VietText.key(first.text())).matches();
        Integer indicatorColumn = header.indicatorColumn();
        return roman && (indicatorColumn == null || row.text(indicatorColumn).isBlank()
                || plan.findIndicator(row.text(indicatorColumn)).isEmpty());
    }

    private int firstDataColumn() {
        Integer agency = header.agencyColumn();
        Integer indicator = header.indicatorColumn();
        int first = Integer.MAX_VALUE;
        if (agency != null) {
            first = Math.min(first, agency);
        }
        if (indicator != null) {
            first = Math.min(first, indicator);
        }
        return first == Integer.MAX_VALUE ? 1 : first;
    }

    /** The text of the first column that has any; a code column may be blank where the name is given. */
    private static Located firstNonBlank(RawRow row, Integer preferred, Integer fallback) {
        Located first = text(row, preferred);
        return first.isBlank() && fallback != null ? text(row, fallback) : first;
    }

    /**
     * Text under the table in the indicator column with nothing that looks like a value beside it
     * ("NGƯỜI LẬP BIỂU", a name): not an indicator the plan knows, so not a row of the report. Text
     * naming a known indicator still makes a row, so that a value written in words is rejected.
     */
    private boolean isSignatureOrNote(Located indicator) {
        return plan.matchIndicator(indicator.text()).found().isEmpty();
    }

    /** A cell that looks like a reported value (a number, a percent, a yes/no), not a signature line. */
    private static boolean holdsValue(LocatedCell located) {
        if (located == null) {
            return false;
        }
        RawCell cell = located.cell();
        return cell.isNumeric() || VietNumber.parse(cell.text()).isPresent() || YesNo.parse(cell.text()).isPresent();
    }

    private static boolean hasAnyNumber(RawRow row) {
        return row.cells().stream().anyMatch(RawCell::isNumeric);
    }

    private String note(RawRow row) {
        Integer column = header.column(HeaderRole.NOTE);
        return column == null ? "" : VietText.clean(row.text(column));
    }

    private static LocatedCell cell(RawRow row, Integer column) {
        if (column == null) {
            return null;
        }
        RawCell cell = row.cell(column);
        if (cell == null || (!cell.isNumeric() && VietNumber.isBlank(cell.text()))) {
            return null;
        }
        return new LocatedCell(cell, row.location(column));
    }

    private static Located text(RawRow row, Integer column) {
        if (column == null) {
            return new Located("", "");
        }
        return new Located(VietText.clean(row.text(column)), row.location(column));
    }

    private static String firstLocation(LocatedCell... cells) {
        for (LocatedCell cell : cells) {
            if (cell != null) {
                return cell.location();
            }
        }
        return "";
    }
}
