package vn.cchc.rollup.read;

import java.util.function.Consumer;
import vn.cchc.rollup.catalog.Plan;

/**
 * A wide table: a row per agency and a column (or tử số / mẫu số / giá trị columns) per indicator; or one
 * agency's figures across the sheet, its rows labelled by result words or row numbers. A row labelled as the
 * plan's target or a score ("Kế hoạch", "Điểm") is never a result.
 */
final class AgencyRows extends TableRows {

    AgencyRows(Plan plan, TableHeader header, SheetContext context, Consumer<Observation> sink) {
        super(plan, header, context, sink);
    }

    @Override
    boolean read(RawRow row) {
        if (isTotalOrHeading(row) || labelledAsNoResult(row)) {
            // an agency's row of targets or scores ("Kế hoạch" above its "Thực hiện") still names its group
            if (header.agencyColumn() != null && !isTotalOrHeading(row)) {
                groupHeading(row);
            }
            return true;
        }
        boolean values = header.indicatorColumns.values().stream().anyMatch(cols ->
                holdsValue(cell(row, cols.numerator)) || holdsValue(cell(row, cols.value)));
        if (header.oneAgencyRows && !values) {
            // a signature block or a note under the one agency's row
            context.scan(row);
            return true;
        }
        // an agency's one row of results, under its name merged down over its rows or written on its first
        Located agency = header.agencyColumn() == null ? contextAgency() : agencyAbove.fill(writtenAgency(row), "");
        if (agency.isBlank() && header.agencyColumn() != null && !values) {
            if (!hasAnyNumber(row)) {
                context.scan(row);
            }
            return true;
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
        return true;
    }

    /** A row of a wide table labelled as the plan's target or a score ("Kế hoạch", "Điểm"), not a result. */
    boolean labelledAsNoResult(RawRow row) {
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
}
