package vn.cchc.rollup.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.normalize.VietNumber;
import vn.cchc.rollup.normalize.VietText;

/**
 * Gives each column of a header block its role, from its heading's words and from what the cells
 * under it hold. The words come first ("Kế hoạch" is the target, never the value); the content
 * settles what words leave open: "Chỉ tiêu" over names is the indicator, over numbers the target; a
 * column with no known heading holding indicator codes, names, agencies or periods is taken for
 * that; and a table with an indicator column and no result column takes its one unnamed column of
 * numbers for the result.
 */
final class ColumnRoleScorer {

    private final Plan plan;

    ColumnRoleScorer(Plan plan) {
        this.plan = plan;
    }

    TableHeader assign(HeaderBlock block, List<RawRow> body) {
        TableHeader header = new TableHeader(block);
        List<HeaderBlock.Heading> unnamed = new ArrayList<>();
        for (HeaderBlock.Heading heading : block.headings().values()) {
            TableHeader.ColumnRole role = roleOf(heading, body, header);
            header.columns.put(heading.column(), role);
            if (underAgency(header, heading.column())) {
                continue;
            }
            if (role.indicator() == null && role.role() != null) {
                header.roles.putIfAbsent(role.role(), heading.column());
                if (role.role() == HeaderRole.VALUE) {
                    header.valueColumns.put(heading.column(), ValueKind.of(heading.own()));
                }
            }
            if (role.role() == null && role.indicator() == null) {
                unnamed.add(heading);
            }
        }
        if (header.indicatorColumn() != null) {
            takeColumnsHeadedByPeriods(header);
        }
        if (indicatorColumnNamedByItsHeading(header) && header.roles.keySet().stream().noneMatch(HeaderRole::holdsValue)
                && header.periodColumns.isEmpty() && header.agencyColumns.isEmpty()) {
            takeTheOneColumnOfNumbers(header, unnamed, body);
        }
        header.finish();
        if (header.agencyColumn() == null && header.indicatorColumns.size() >= 2 && !header.isLong()) {
            header.oneAgencyRows = rowsLabelledAsResults(header, body);
        }
        return header;
    }

    /**
     * Whether every row of the sample that gives figures under the indicators is labelled, left of them,
     * by nothing, a row number or a word of the header ("Kết quả", "Thực hiện", "Kế hoạch"): one agency's
     * figures. A column of names there (communes, months) leaves the table unread, as before.
     */
    private static boolean rowsLabelledAsResults(TableHeader header, List<RawRow> body) {
        int first = header.firstIndicatorColumn();
        boolean anyResult = false;
        for (RawRow row : body) {
            boolean figures = row.cells().stream().anyMatch(c -> c.column() >= first
                    && (c.isNumeric() || VietNumber.parse(c.text()).isPresent()));
            if (!figures) {
                continue;
            }
            for (RawCell cell : row.cells()) {
                if (cell.column() >= first || cell.isNumeric() || VietText.isBlank(cell.text())
                        || VietNumber.parse(cell.text()).isPresent()) {
                    continue;
                }
                HeaderRole label = HeaderRole.of(cell.text());
                if (label == null || !(label.holdsValue() || label == HeaderRole.TARGET || label == HeaderRole.IGNORED
                        || label == HeaderRole.ROW_NUMBER)) {
                    return false;
                }
                anyResult |= label.holdsValue();
            }
            anyResult |= row.cells().stream().noneMatch(c -> c.column() < first && !c.isNumeric()
                    && !VietText.isBlank(c.text()) && VietNumber.parse(c.text()).isEmpty());
        }
        return anyResult;
    }

    private TableHeader.ColumnRole roleOf(HeaderBlock.Heading heading, List<RawRow> body, TableHeader header) {
        int column = heading.column();
        String words = "tiêu đề «" + heading.text() + "»";
        if (heading.groups().stream().anyMatch(g -> HeaderRole.of(g.text()) == HeaderRole.TARGET)) {
            return new TableHeader.ColumnRole(column, heading.text(), HeaderRole.TARGET, null, words + " thuộc nhóm kế hoạch");
        }
        HeaderRole own = HeaderRole.of(heading.own());
        if (own == null) {
            Optional<Indicator> indicator = indicatorNamed(heading.own());
            if (indicator.isPresent()) {
                header.indicatorColumns.putIfAbsent(column, new TableHeader.IndicatorColumns(indicator.get(), heading.own()));
                return new TableHeader.ColumnRole(column, heading.text(), HeaderRole.VALUE, indicator.get(), words + " là chỉ tiêu");
            }
        }
        if (own == null) {
            Optional<Agency> agency = plan.findAgency(heading.own());
            if (agency.isPresent()) {
                header.agencyColumns.putIfAbsent(column, new TableHeader.AgencyColumns(
                        new Located(heading.own(), header.block.locationOf(column, heading.own()))));
                return new TableHeader.ColumnRole(column, heading.text(), HeaderRole.VALUE, null,
                        words + " là đơn vị " + agency.get().code() + ": kết quả của đơn vị này");
            }
        }
        if (own != null && own.holdsValue()) {
            for (HeaderBlock.HeadingCell group : heading.groups()) {
                if (HeaderRole.of(group.text()) == null && plan.findAgency(group.text()).isPresent()) {
                    TableHeader.AgencyColumns cols = header.agencyColumns.computeIfAbsent(group.column(),
                            c -> new TableHeader.AgencyColumns(new Located(group.text(), header.block.locationOf(c, group.text()))));
                    switch (own) {
                        case NUMERATOR -> cols.numerator = column;
                        case DENOMINATOR -> cols.denominator = column;
                        default -> cols.value = column;
                    }
                    return new TableHeader.ColumnRole(column, heading.text(), own, null, words + " dưới đơn vị");
                }
            }
            for (HeaderBlock.HeadingCell group : heading.groups()) {
                Optional<Indicator> indicator = HeaderRole.of(group.text()) == null ? indicatorNamed(group.text()) : Optional.empty();
                if (indicator.isPresent()) {
                    TableHeader.IndicatorColumns cols = header.indicatorColumns.computeIfAbsent(group.column(),
                            c -> new TableHeader.IndicatorColumns(indicator.get(), group.text()));
                    switch (own) {
                        case NUMERATOR -> cols.numerator = column;
                        case DENOMINATOR -> cols.denominator = column;
                        default -> cols.value = column;
                    }
                    return new TableHeader.ColumnRole(column, heading.text(), own, indicator.get(), words + " dưới chỉ tiêu");
                }
            }
        }
        if (own == null) {
            for (HeaderBlock.HeadingCell group : heading.groups()) {
                HeaderRole role = HeaderRole.of(group.text());
                if (role != null && role.holdsValue()) {
                    own = role;
                    words += " thuộc nhóm «" + group.text() + "»";
                    break;
                }
            }
        }
        return byContent(column, heading.text(), own, words, body);
    }

    /** The header words' role, corrected or completed by what the column holds. */
    private TableHeader.ColumnRole byContent(int column, String text, HeaderRole own, String words, List<RawRow> body) {
        boolean open = own == null || own == HeaderRole.INDICATOR_NAME;
        if (!open) {
            return new TableHeader.ColumnRole(column, text, own, null, words);
        }
        ColumnContent content = ColumnContent.of(column, body, plan);
        String holds = "; " + content.describe();
        if (content.mostlyCodes()) {
            return new TableHeader.ColumnRole(column, text, HeaderRole.INDICATOR_CODE, null, words + holds);
        }
        if (own == HeaderRole.INDICATOR_NAME) {
            if (content.mostlyNumbers() && content.names() == 0) {
                return new TableHeader.ColumnRole(column, text, HeaderRole.TARGET, null,
                        words + " nhưng ô bên dưới là số: chỉ tiêu kế hoạch" + holds);
            }
            return new TableHeader.ColumnRole(column, text, HeaderRole.INDICATOR_NAME, null, words + holds);
        }
        if (content.mostlyNames()) {
            return new TableHeader.ColumnRole(column, text, HeaderRole.INDICATOR_NAME, null, words + " chưa rõ" + holds);
        }
        if (content.mostlyAgencies()) {
            return new TableHeader.ColumnRole(column, text, HeaderRole.AGENCY_NAME, null, words + " chưa rõ" + holds);
        }
        if (content.mostlyPeriods()) {
            return new TableHeader.ColumnRole(column, text, HeaderRole.PERIOD, null, words + " chưa rõ" + holds);
        }
        return new TableHeader.ColumnRole(column, text, null, null, words + " chưa rõ" + holds);
    }

    /**
     * Two or more result columns headed by periods ("Quý I", "Quý II", "6 tháng"; "Kết quả Quý I",
     * "Kết quả Quý II") and no other result column: each row's value is taken from the column of the
     * report's period, chosen when the period is known ({@link PeriodColumn}).
     */
    private static void takeColumnsHeadedByPeriods(TableHeader header) {
        Map<Integer, TableHeader.PeriodColumns> periods = new TreeMap<>();
        boolean otherResult = false;
        for (TableHeader.ColumnRole role : header.columns.values()) {
            int column = role.column();
            if (role.indicator() != null || underAgency(header, column)) {
                continue;
            }
            HeaderBlock.Heading heading = header.block.headings().get(column);
            boolean earlier = role.role() == HeaderRole.IGNORED && PeriodColumn.isEarlier(heading.own());
            Optional<PeriodColumn> own = role.role() == null || role.role() == HeaderRole.VALUE || earlier
                    ? PeriodColumn.of(column, heading.own()) : Optional.empty();
            if (own.isPresent()) {
                periods.computeIfAbsent(column, c -> new TableHeader.PeriodColumns(own.get())).value = column;
                continue;
            }
            if (role.role() == null || !role.role().holdsValue()) {
                continue;
            }
            Optional<PeriodColumn> group = role.role() == HeaderRole.YES_NO ? Optional.empty()
                    : heading.groups().stream().map(g -> PeriodColumn.of(g.column(), g.text()))
                            .flatMap(Optional::stream).findFirst();
            if (group.isEmpty()) {
                otherResult = true;
                continue;
            }
            TableHeader.PeriodColumns cols = periods.computeIfAbsent(group.get().column(),
                    c -> new TableHeader.PeriodColumns(group.get()));
            switch (role.role()) {
                case NUMERATOR -> cols.numerator = column;
                case DENOMINATOR -> cols.denominator = column;
                default -> cols.value = column;
            }
        }
        if (periods.size() < 2 || otherResult || periods.values().stream().filter(cols -> cols.period.current()).count() > 1) {
            return; // two columns each "Thực hiện kỳ báo cáo" are twins, not periods
        }
        header.roles.remove(HeaderRole.VALUE);
        header.roles.remove(HeaderRole.NUMERATOR);
        header.roles.remove(HeaderRole.DENOMINATOR);
        header.valueColumns.clear();
        header.periodColumns.putAll(periods);
        for (TableHeader.PeriodColumns cols : periods.values()) {
            for (Integer column : cols.columns()) {
                TableHeader.ColumnRole was = header.columns.get(column);
                String why = cols.period.earlier() ? "» là số liệu kỳ trước: không đọc"
                        : "» thuộc kỳ «" + cols.period.heading() + "»: đọc cột này khi kỳ báo cáo là kỳ đó";
                header.columns.put(column, new TableHeader.ColumnRole(column, was.heading(),
                        was.role() == null ? HeaderRole.VALUE : was.role(), null, "tiêu đề «" + was.heading() + why));
            }
        }
    }

    /** A column of an agency's results, alone under the agency's name or one of its sub-columns. */
    private static boolean underAgency(TableHeader header, int column) {
        return header.agencyColumns.values().stream().anyMatch(cols -> Objects.equals(cols.value, column)
                || Objects.equals(cols.numerator, column) || Objects.equals(cols.denominator, column))
                || header.agencyColumns.containsKey(column);
    }

    /** A table of indicators with no named result column: its only unnamed column of numbers is the result. */
    private void takeTheOneColumnOfNumbers(TableHeader header, List<HeaderBlock.Heading> unnamed, List<RawRow> body) {
        List<HeaderBlock.Heading> numeric = unnamed.stream()
                .filter(h -> ColumnContent.of(h.column(), body, plan).mostlyValues()).toList();
        if (numeric.size() != 1) {
            return;
        }
        HeaderBlock.Heading heading = numeric.get(0);
        header.roles.put(HeaderRole.VALUE, heading.column());
        header.valueColumns.put(heading.column(), ValueKind.ANY);
        header.columns.put(heading.column(), new TableHeader.ColumnRole(heading.column(), heading.text(), HeaderRole.VALUE, null,
                "tiêu đề «" + heading.text() + "» chưa rõ, nhưng là cột số duy nhất chưa rõ vai trò trong bảng có cột chỉ tiêu"));
    }

    private static boolean indicatorColumnNamedByItsHeading(TableHeader header) {
        Integer column = header.indicatorColumn();
        if (column == null) {
            return false;
        }
        HeaderRole words = HeaderRole.of(header.block.headings().get(column).own());
        return words != null && words.namesIndicator();
    }

    /** The indicator a heading names: its code or exact name, or a wording close enough to one name. */
    private Optional<Indicator> indicatorNamed(String text) {
        Optional<Indicator> exact = plan.findIndicator(text);
        if (exact.isPresent() || VietText.key(text).split(" ").length < 3) {
            return exact;
        }
        return plan.matchIndicator(text).found();
    }
}
