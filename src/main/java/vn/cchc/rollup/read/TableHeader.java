package vn.cchc.rollup.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.Plan;

/**
 * The header of a report table: which column holds what. A long or template table has an
 * indicator column and value columns; a wide table has a column (or a group of tử số / mẫu số /
 * giá trị columns under a merged heading) per indicator.
 */
final class TableHeader {

    /** The columns of one indicator in a wide table. */
    static final class IndicatorColumns {
        final Indicator indicator;
        final String headerText;
        Integer numerator;
        Integer denominator;
        Integer value;

        IndicatorColumns(Indicator indicator, String headerText) {
            this.indicator = indicator;
            this.headerText = headerText;
        }
    }

    final Map<HeaderRole, Integer> roles = new EnumMap<>(HeaderRole.class);
    final Map<Integer, IndicatorColumns> indicatorColumns = new LinkedHashMap<>();

    /** Recognises a header row, or returns empty when the row is not one. */
    static Optional<TableHeader> recognise(RawRow row, Plan plan) {
        TableHeader header = new TableHeader();
        for (RawCell cell : row.cells()) {
            if (cell.isNumeric() || cell.text().isBlank()) {
                continue;
            }
            HeaderRole role = HeaderRole.of(cell.text());
            if (role != null) {
                header.roles.putIfAbsent(role, cell.column());
                continue;
            }
            plan.findIndicator(cell.text()).ifPresent(indicator ->
                    header.indicatorColumns.put(cell.column(), new IndicatorColumns(indicator, cell.text())));
        }
        return header.isLong() || header.isWide() ? Optional.of(header) : Optional.empty();
    }

    /**
     * Reads a second header row under a wide header ("Tử số", "Mẫu số", "Giá trị" under each merged
     * indicator heading). Returns false when the row is not such a row.
     */
    boolean absorbSubHeader(RawRow row) {
        if (!isWide()) {
            return false;
        }
        List<RawCell> valueCells = new ArrayList<>();
        for (RawCell cell : row.cells()) {
            if (cell.isNumeric()) {
                return false;
            }
            HeaderRole role = HeaderRole.of(cell.text());
            if (HeaderRole.isValueRole(role)) {
                valueCells.add(cell);
            }
        }
        if (valueCells.isEmpty()) {
            return false;
        }
        for (RawCell cell : valueCells) {
            IndicatorColumns owner = ownerOf(cell.column());
            if (owner == null) {
                continue;
            }
            switch (HeaderRole.of(cell.text())) {
                case NUMERATOR -> owner.numerator = cell.column();
                case DENOMINATOR -> owner.denominator = cell.column();
                default -> owner.value = cell.column();
            }
        }
        return true;
    }

    /** A merged heading stands in its first column: a sub-column belongs to the nearest heading on its left. */
    private IndicatorColumns ownerOf(int column) {
        IndicatorColumns owner = null;
        for (Map.Entry<Integer, IndicatorColumns> e : indicatorColumns.entrySet()) {
            if (e.getKey() <= column) {
                owner = e.getValue();
            }
        }
        return owner;
    }

    /** Each indicator column without sub-columns holds the value itself. */
    void finish() {
        indicatorColumns.forEach((column, cols) -> {
            if (cols.numerator == null && cols.denominator == null && cols.value == null) {
                cols.value = column;
            }
        });
    }

    boolean isLong() {
        return indicatorColumn() != null && (roles.containsKey(HeaderRole.VALUE)
                || roles.containsKey(HeaderRole.NUMERATOR));
    }

    boolean isWide() {
        return !isLong() && indicatorColumns.size() >= 2 && agencyColumn() != null;
    }

    Integer indicatorColumn() {
        return roles.getOrDefault(HeaderRole.INDICATOR_CODE, roles.get(HeaderRole.INDICATOR_NAME));
    }

    Integer agencyColumn() {
        return roles.getOrDefault(HeaderRole.AGENCY_CODE, roles.get(HeaderRole.AGENCY_NAME));
    }

    Integer column(HeaderRole role) {
        return roles.get(role);
    }
}
