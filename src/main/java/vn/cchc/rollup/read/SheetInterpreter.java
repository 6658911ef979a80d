package vn.cchc.rollup.read;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import vn.cchc.rollup.catalog.Plan;
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

    private final Plan plan;
    private final Consumer<Observation> sink;
    private final SheetContext context;
    private TableHeader header;
    /** The row above, for a header split over two rows by merged cells. */
    private RawRow rowAbove;
    private boolean subHeaderChecked;
    private boolean tableEnded;

    /** @param outside what the sheet's name, the file's name and its folders say of agency and period */
    SheetInterpreter(Plan plan, AgencyAndPeriod finder, List<Clue> outside, Consumer<Observation> sink) {
        this.plan = plan;
        this.sink = sink;
        this.context = new SheetContext(plan, finder, outside);
    }

    void row(RawRow row) {
        if (row.hidden()) {
            return;
        }
        if (header == null) {
            header = TableHeader.recognise(row, plan)
                    .or(() -> rowAbove == null ? Optional.empty() : TableHeader.recognise(underMergedCells(rowAbove, row), plan))
                    .orElse(null);
            if (header == null) {
                context.scan(row);
                rowAbove = row;
            }
            return;
        }
        if (!subHeaderChecked) {
            subHeaderChecked = true;
            boolean absorbed = header.absorbSubHeader(row);
            header.finish();
            if (absorbed) {
                return;
            }
        }
        if (tableEnded) {
            context.scan(row);
            return;
        }
        if (header.isWide()) {
            wideRow(row);
        } else {
            longRow(row);
        }
    }

    /**
     * A two-row header with vertically merged cells ("STT", "Đơn vị" spanning both rows, the
     * indicator codes only in the second): the merged text stands in the upper row, so the lower
     * row is read with the upper row's cells where it has none.
     */
    private static RawRow underMergedCells(RawRow above, RawRow row) {
        java.util.TreeMap<Integer, RawCell> cells = new java.util.TreeMap<>();
        above.cells().forEach(c -> cells.put(c.column(), c));
        row.cells().forEach(c -> cells.put(c.column(), c));
        return new RawRow(row.sheet(), row.index(), row.hidden(), List.copyOf(cells.values()));
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
        return header.agencyColumn() == null ? Layout.TEMPLATE : Layout.LONG;
    }

    private void longRow(RawRow row) {
        Integer indicatorColumn = header.indicatorColumn();
        LocatedCell numerator = cell(row, header.column(HeaderRole.NUMERATOR));
        LocatedCell denominator = cell(row, header.column(HeaderRole.DENOMINATOR));
        LocatedCell value = cell(row, header.column(HeaderRole.VALUE));
        Located indicator = firstNonBlank(row, indicatorColumn, header.column(HeaderRole.INDICATOR_NAME));
        boolean noValue = numerator == null && denominator == null && value == null;
        boolean textOnly = indicator.isBlank() && !holdsValue(numerator) && !holdsValue(denominator) && !holdsValue(value);
        if (isTotalOrHeading(row) || noValue || textOnly) {
            if (indicator.isBlank() && !hasAnyNumber(row)) {
                // text only and no indicator: the table is over (signature block, notes)
                tableEnded = header.agencyColumn() == null && !isAreaHeading(row);
                context.scan(row);
            }
            return;
        }
        Located agency = header.agencyColumn() == null ? contextAgency()
                : firstNonBlank(row, header.column(HeaderRole.AGENCY_CODE), header.column(HeaderRole.AGENCY_NAME));
        Located period = header.column(HeaderRole.PERIOD) == null ? contextPeriod() : text(row, header.column(HeaderRole.PERIOD));
        String location = firstLocation(value, numerator, denominator);
        sink.accept(new Observation(agency, period, indicator, numerator, denominator, value,
                note(row), location));
    }

    private void wideRow(RawRow row) {
        if (isTotalOrHeading(row)) {
            return;
        }
        Located agency = firstNonBlank(row, header.column(HeaderRole.AGENCY_CODE), header.column(HeaderRole.AGENCY_NAME));
        if (agency.isBlank()) {
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
