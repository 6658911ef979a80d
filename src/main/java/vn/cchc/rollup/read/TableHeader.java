package vn.cchc.rollup.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellReference;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.normalize.PeriodParser;
import vn.cchc.rollup.normalize.PeriodWithoutYear;

/**
 * The header of a report table: which column holds what, and why. A long or template table has an
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

    /**
     * The columns of one agency in a table across agencies ("Chỉ tiêu | Xã Đức Thọ | Xã Đức Đồng"), the
     * agency's heading alone or merged over tử số / mẫu số / giá trị sub-columns.
     */
    static final class AgencyColumns {
        final Located heading;
        Integer numerator;
        Integer denominator;
        Integer value;

        AgencyColumns(Located heading) {
            this.heading = heading;
        }
    }

    /** The result columns of one period: a column headed by it, or tử số / mẫu số / giá trị columns under it. */
    static final class PeriodColumns {
        final PeriodColumn period;
        Integer numerator;
        Integer denominator;
        Integer value;

        PeriodColumns(PeriodColumn period) {
            this.period = period;
        }

        List<Integer> columns() {
            return java.util.stream.Stream.of(numerator, denominator, value).filter(java.util.Objects::nonNull).toList();
        }
    }

    /** One column's role and the reason it was given, for {@code check --explain}. */
    record ColumnRole(int column, String heading, HeaderRole role, Indicator indicator, String why) {

        String describe() {
            String what = indicator != null
                    ? "chỉ tiêu " + indicator.code() + (role != null && role != HeaderRole.VALUE ? " (" + role.label() + ")" : "")
                    : role == null ? "không rõ (bỏ qua)" : role.label();
            return CellReference.convertNumToColString(column) + " «" + heading + "» → " + what + ": " + why;
        }
    }

    final HeaderBlock block;
    final Map<HeaderRole, Integer> roles = new EnumMap<>(HeaderRole.class);
    final Map<Integer, IndicatorColumns> indicatorColumns = new LinkedHashMap<>();
    /** Columns headed by agencies the plan knows, when each row is an indicator and no column names the agency. */
    final Map<Integer, AgencyColumns> agencyColumns = new LinkedHashMap<>();
    final Map<Integer, ColumnRole> columns = new TreeMap<>();
    /** Every result column, in order: "Số lượng" and "Tỷ lệ (%)" may stand side by side. */
    final Map<Integer, ValueKind> valueColumns = new TreeMap<>();
    /**
     * Result columns headed by periods ("Quý I", "Quý II", "6 tháng"; or "Quý I" over "Tử số | Mẫu số | Tỷ lệ"),
     * by the column of the period's heading, when the table has no other.
     */
    final Map<Integer, PeriodColumns> periodColumns = new TreeMap<>();
    /**
     * A row of indicators with no agency column whose rows are labelled only by result words or row
     * numbers ("Kết quả | 90 | 99,5"): one agency's figures, the agency given by the sheet.
     */
    boolean oneAgencyRows;

    TableHeader(HeaderBlock block) {
        this.block = block;
    }

    /** Each indicator or agency column without sub-columns holds the value itself. */
    void finish() {
        indicatorColumns.forEach((column, cols) -> {
            if (cols.numerator == null && cols.denominator == null && cols.value == null) {
                cols.value = column;
            }
        });
        agencyColumns.forEach((column, cols) -> {
            if (cols.numerator == null && cols.denominator == null && cols.value == null) {
                cols.value = column;
            }
        });
    }

    /**
     * The heading over the result columns of a table of indicators when it names one period ("Quý I/2026" as the
     * result column's heading, or merged over "Tử số | Mẫu số | Giá trị"): a clue to the report's period. None
     * when the headings name two periods (a column per period is chosen by the period instead).
     */
    Optional<Located> resultPeriodHeading() {
        Located first = null;
        Set<String> named = new HashSet<>();
        for (ColumnRole role : columns.values()) {
            int column = role.column();
            if (role.indicator() != null || role.role() == null || !role.role().holdsValue()
                    || !periodColumns.isEmpty() || !agencyColumns.isEmpty()) {
                continue;
            }
            HeaderBlock.Heading heading = block.headings().get(column);
            List<HeaderBlock.HeadingCell> texts = new ArrayList<>(heading.groups());
            texts.add(0, new HeaderBlock.HeadingCell(column, heading.own()));
            for (HeaderBlock.HeadingCell text : texts) {
                Optional<String> period = PeriodParser.find(text.text())
                        .map(Period::code)
                        .or(() -> PeriodParser.findWithoutYear(text.text())
                                .map(PeriodWithoutYear::label));
                if (period.isPresent()) {
                    named.add(period.get());
                    if (first == null) {
                        first = new Located(text.text(), block.locationOf(text.column(), text.text()));
                    }
                }
            }
        }
        return named.size() == 1 ? Optional.of(first) : Optional.empty();
    }

    /** An indicator column and a column with values: a row per indicator. */
    boolean isLong() {
        return indicatorColumn() != null && twinValueColumns().isEmpty() && (roles.containsKey(HeaderRole.VALUE)
                || roles.containsKey(HeaderRole.NUMERATOR) || roles.containsKey(HeaderRole.YES_NO)
                || !periodColumns.isEmpty() || isAcrossAgencies());
    }

    /**
     * An indicator column, no agency column, and each result column headed by an agency: a row per indicator,
     * a column per agency (a consolidation typed the other way round from the wide table).
     */
    boolean isAcrossAgencies() {
        return indicatorColumn() != null && agencyColumn() == null && !agencyColumns.isEmpty()
                && roles.keySet().stream().noneMatch(HeaderRole::holdsValue) && periodColumns.isEmpty();
    }

    /** An agency column (or {@link #oneAgencyRows}) and two or more indicators in the heading: a row per agency. */
    boolean isWide() {
        return !isLong() && indicatorColumns.size() >= 2 && (agencyColumn() != null || oneAgencyRows);
    }

    /** The first column of an indicator in a wide table: what stands left of it labels the row. */
    int firstIndicatorColumn() {
        return indicatorColumns.values().stream()
                .flatMap(c -> java.util.stream.Stream.of(c.numerator, c.denominator, c.value))
                .filter(java.util.Objects::nonNull).min(Integer::compare).orElse(Integer.MAX_VALUE);
    }

    boolean formsTable() {
        return isLong() || isWide();
    }

    /**
     * Two result columns of the same kind ("Giá trị" twice, or "Kết quả" and "Thực hiện"): which one
     * is the period's result cannot be told, so the table is not read. Empty when there are none.
     */
    List<Integer> twinValueColumns() {
        java.util.Map<ValueKind, List<Integer>> byKind = new EnumMap<>(ValueKind.class);
        valueColumns.forEach((column, kind) -> byKind.computeIfAbsent(kind, k -> new java.util.ArrayList<>()).add(column));
        return byKind.values().stream().filter(columns -> columns.size() > 1).findFirst().orElse(List.of());
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

    /** "STT, Chỉ tiêu, Đơn vị tính, Kế hoạch, Kết quả thực hiện / Tử số, …": the headings as written. */
    String headings() {
        return block.headings().values().stream().sorted(java.util.Comparator.comparingInt(HeaderBlock.Heading::column))
                .map(HeaderBlock.Heading::text).collect(Collectors.joining(", "));
    }

    /** What a table without values lacks, in the analyst's words; empty when it lacks nothing. */
    List<String> missing() {
        if (formsTable()) {
            return List.of();
        }
        java.util.ArrayList<String> missing = new java.util.ArrayList<>();
        if (indicatorColumn() == null && indicatorColumns.size() < 2) {
            missing.add("không nhận ra cột chỉ tiêu (Mã chỉ tiêu, Tên chỉ tiêu, Chỉ tiêu, Nội dung)");
        }
        if (indicatorColumns.size() >= 2 && agencyColumn() == null) {
            missing.add("không nhận ra cột đơn vị (Đơn vị, Tên đơn vị, Mã đơn vị)");
        }
        if (indicatorColumns.size() < 2 && roles.keySet().stream().noneMatch(HeaderRole::holdsValue)) {
            missing.add("không nhận ra cột kết quả (Kết quả, Thực hiện, Giá trị, Tỷ lệ, Số lượng, Tử số/Mẫu số)");
        }
        List<Integer> twins = twinValueColumns();
        if (!twins.isEmpty()) {
            missing.add("có " + twins.size() + " cột kết quả cùng loại (" + twins.stream()
                    .map(c -> CellReference.convertNumToColString(c) + " «" + block.headings().get(c).text() + "»")
                    .collect(Collectors.joining(", ")) + "): không biết cột nào là kết quả của kỳ báo cáo");
        }
        return missing;
    }
}
