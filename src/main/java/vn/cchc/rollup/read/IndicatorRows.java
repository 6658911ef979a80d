package vn.cchc.rollup.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.Unit;
import vn.cchc.rollup.normalize.VietText;

/**
 * A table with a row per indicator: the template of one agency (its agency and period from the sheet's text), or
 * the long table with a column of agencies (and of periods), each maybe written once for its group of rows
 * ({@link WrittenAbove}); results in one column, in tử số / mẫu số columns, or in columns headed by periods.
 */
final class IndicatorRows extends TableRows {

    /** An indicator's name on a row with no value, which the next row may finish (see {@link #finishing}). */
    private Located unfinishedName;

    IndicatorRows(Plan plan, TableHeader header, SheetContext context, Consumer<Observation> sink) {
        super(plan, header, context, sink);
    }

    @Override
    boolean read(RawRow row) {
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
                context.scan(row);
                // text only and no indicator: a one-agency table is over (signature block, notes)
                return header.agencyColumn() != null || isAreaHeading(row);
            }
            return true;
        }
        if (header.oneAgencyRows && header.indicatorColumns.values().stream().noneMatch(cols ->
                holdsValue(cell(row, cols.numerator)) || holdsValue(cell(row, cols.value)))) {
            // a signature block or a note under the one agency's row
            context.scan(row);
            return true;
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
        return true;
    }

    /**
     * The row's indicator, or the name it finishes: a clerk who does not know Alt+Enter types a long name over two
     * rows, the value on the second ("Tỷ lệ hồ sơ TTHC được giải quyết trước hạn," then "đúng hạn | 99,2"). A row
     * with a value and no row number whose own words name no indicator is joined to the name above it when the two
     * together do, and the name above is not one whole already (a row left blank).
     */
    Located finishing(RawRow row, Located own) {
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
    List<PeriodCell> byPeriod(RawRow row) {
        List<PeriodCell> cells = new ArrayList<>();
        header.periodColumns.values().forEach(cols -> cells.add(new PeriodCell(cols.period, cell(row, cols.numerator),
                cell(row, cols.denominator), cell(row, cols.value))));
        return cells;
    }

    /**
     * The row's result cell. With several result columns ("Số lượng", "Tỷ lệ (%)"), the one filled;
     * if more are, the one whose heading suits the indicator's unit. A yes/no column comes last.
     */
    LocatedCell value(RawRow row, Located indicator) {
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
}
