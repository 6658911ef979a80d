package vn.cchc.rollup.read;

import java.util.function.Consumer;
import java.util.regex.Pattern;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.normalize.VietNumber;
import vn.cchc.rollup.normalize.VietText;
import vn.cchc.rollup.normalize.YesNo;

/**
 * The rows under a table's header turned into {@link Observation}s: the last step of reading a sheet, once its
 * header is found ({@link HeaderBlockFinder}) and each column has its role ({@link ColumnRoleScorer}). One kind
 * per shape of table: {@link IndicatorRows} (a row per indicator: the template and the long table),
 * {@link AgencyRows} (a row per agency, a column per indicator) and {@link AgencyColumnRows} (a row per
 * indicator, a column per agency). Total rows, area headings and rows with no value are passed over; text
 * around the table feeds the sheet's {@link SheetContext}.
 */
abstract class TableRows {

    private static final Pattern ROMAN = Pattern.compile("^[ivxlc]+$");
    /** "Tổng cộng", "Tổng cộng toàn tỉnh", "Tổng", "Cộng", "Tổng số": not "Công khai ..." nor "Tổng số hồ sơ ...". */
    private static final Pattern TOTAL = Pattern.compile("^(tong cong( .*)?|tong|cong|tong so|cong chung)$");

    final Plan plan;
    final TableHeader header;
    final SheetContext context;
    final Consumer<Observation> sink;
    /** An agency written once for its rows (on the first, merged down, or on a row of its own). */
    final WrittenAbove agencyAbove = new WrittenAbove();
    final WrittenAbove periodAbove = new WrittenAbove();

    TableRows(Plan plan, TableHeader header, SheetContext context, Consumer<Observation> sink) {
        this.plan = plan;
        this.header = header;
        this.context = context;
        this.sink = sink;
    }

    /** The rows of a table of this header's shape. */
    static TableRows of(Plan plan, TableHeader header, SheetContext context, Consumer<Observation> sink) {
        if (header.isWide()) {
            return new AgencyRows(plan, header, context, sink);
        }
        if (header.isAcrossAgencies()) {
            return new AgencyColumnRows(plan, header, context, sink);
        }
        return new IndicatorRows(plan, header, context, sink);
    }

    /** Reads one row under the header; false when the table is over, and this row and the next are the sheet's text. */
    abstract boolean read(RawRow row);

    /**
     * A long table's row with no indicator and no value: the heading of the next rows' agency when it names
     * one the plan knows ("Xã Đức Thọ" alone above its indicators); other text there ends the group, a blank
     * (an area heading inside the group, under its merged agency cell) does not.
     */
    void groupHeading(RawRow row) {
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

    Located writtenAgency(RawRow row) {
        return firstNonBlank(row, header.column(HeaderRole.AGENCY_CODE), header.column(HeaderRole.AGENCY_NAME));
    }

    /** The sheet's agency, read lazily: a letterhead may stand anywhere above the table. */
    Located contextAgency() {
        return context.agency();
    }

    Located contextPeriod() {
        return context.period();
    }

    boolean isTotalOrHeading(RawRow row) {
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
    boolean isAreaHeading(RawRow row) {
        if (row.cells().isEmpty()) {
            return false;
        }
        RawCell first = row.cells().get(0);
        boolean roman = !first.isNumeric() && ROMAN.matcher(VietText.key(first.text())).matches();
        Integer indicatorColumn = header.indicatorColumn();
        return roman && (indicatorColumn == null || row.text(indicatorColumn).isBlank()
                || plan.findIndicator(row.text(indicatorColumn)).isEmpty());
    }

    int firstDataColumn() {
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
    static Located firstNonBlank(RawRow row, Integer preferred, Integer fallback) {
        Located first = text(row, preferred);
        return first.isBlank() && fallback != null ? text(row, fallback) : first;
    }

    /**
     * Text under the table in the indicator column with nothing that looks like a value beside it
     * ("NGƯỜI LẬP BIỂU", a name): not an indicator the plan knows, so not a row of the report. Text
     * naming a known indicator still makes a row, so that a value written in words is rejected.
     */
    boolean isSignatureOrNote(Located indicator) {
        return plan.matchIndicator(indicator.text()).found().isEmpty();
    }

    /** A cell that looks like a reported value (a number, a percent, a yes/no), not a signature line. */
    static boolean holdsValue(LocatedCell located) {
        if (located == null) {
            return false;
        }
        RawCell cell = located.cell();
        return cell.isNumeric() || VietNumber.parse(cell.text()).isPresent() || YesNo.parse(cell.text()).isPresent();
    }

    static boolean hasAnyNumber(RawRow row) {
        return row.cells().stream().anyMatch(RawCell::isNumeric);
    }

    String note(RawRow row) {
        Integer column = header.column(HeaderRole.NOTE);
        return column == null ? "" : VietText.clean(row.text(column));
    }

    static LocatedCell cell(RawRow row, Integer column) {
        if (column == null) {
            return null;
        }
        RawCell cell = row.cell(column);
        if (cell == null || (!cell.isNumeric() && VietNumber.isBlank(cell.text()))) {
            return null;
        }
        return new LocatedCell(cell, row.location(column));
    }

    static Located text(RawRow row, Integer column) {
        if (column == null) {
            return new Located("", "");
        }
        return new Located(VietText.clean(row.text(column)), row.location(column));
    }

    static String firstLocation(LocatedCell... cells) {
        for (LocatedCell cell : cells) {
            if (cell != null) {
                return cell.location();
            }
        }
        return "";
    }
}
