package vn.cchc.rollup.read;

import java.util.function.Consumer;
import vn.cchc.rollup.catalog.Plan;

/** A table with a row per indicator and a column (or tử số / mẫu số / giá trị columns) per agency. */
final class AgencyColumnRows extends TableRows {

    AgencyColumnRows(Plan plan, TableHeader header, SheetContext context, Consumer<Observation> sink) {
        super(plan, header, context, sink);
    }

    @Override
    boolean read(RawRow row) {
        Located indicator = firstNonBlank(row, header.indicatorColumn(), header.column(HeaderRole.INDICATOR_NAME));
        boolean anyValue = header.agencyColumns.values().stream().anyMatch(cols -> holdsValue(cell(row, cols.numerator))
                || holdsValue(cell(row, cols.denominator)) || holdsValue(cell(row, cols.value)));
        if (isTotalOrHeading(row) || indicator.isBlank() || !anyValue && isSignatureOrNote(indicator)) {
            if (indicator.isBlank() && !hasAnyNumber(row)) {
                context.scan(row);
            }
            return true;
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
        return true;
    }
}
