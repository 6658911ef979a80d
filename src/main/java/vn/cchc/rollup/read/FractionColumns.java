package vn.cchc.rollup.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.Unit;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.SourceRef;
import vn.cchc.rollup.validate.Warning;
import vn.cchc.rollup.validate.WarningRule;

/**
 * A column of rates a clerk typed as fractions ("0,92" for 92 %, "1" for 100 %) in plain cells: read one by one,
 * each would be a rate under 1 % and the agency would fail every target without anyone seeing why. A column is
 * taken for fractions when it gives two or more rates, every one a bare number (no "%", not a percent-formatted
 * cell, not tử số / mẫu số) from 0 to 1, and at least one strictly between: its rates are read × 100, with a
 * warning naming the column. A column with any rate above 1, or any typed with "%", is left as typed.
 */
final class FractionColumns {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The sheet's outcomes, rates of fraction columns read as percents, and the warnings saying so. */
    record Result(List<ObservationNormalizer.Outcome> outcomes, List<Warning> warnings) {
    }

    private FractionColumns() {
    }

    /** @param outcomes the normalizer's outcome for each of {@code observations}, in the same order */
    static Result apply(List<Observation> observations, List<ObservationNormalizer.Outcome> outcomes, Plan plan,
                        String file) {
        Map<Integer, List<Integer>> rates = new LinkedHashMap<>();
        Map<Integer, Boolean> fractions = new LinkedHashMap<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Fact fact = outcomes.get(i).fact();
            LocatedCell cell = observations.get(i).value();
            if (fact == null || fact.hasRatio() || cell == null || !isPercent(plan, fact)) {
                continue;
            }
            int column = cell.cell().column();
            rates.computeIfAbsent(column, c -> new ArrayList<>()).add(i);
            boolean fraction = bare(cell.cell()) && fact.value().signum() >= 0 && fact.value().compareTo(BigDecimal.ONE) <= 0;
            fractions.merge(column, fraction, Boolean::logicalAnd);
        }
        List<ObservationNormalizer.Outcome> read = new ArrayList<>(outcomes);
        List<Warning> warnings = new ArrayList<>();
        rates.forEach((column, indexes) -> {
            boolean between = indexes.stream().map(i -> outcomes.get(i).fact().value())
                    .anyMatch(v -> v.signum() > 0 && v.compareTo(BigDecimal.ONE) < 0);
            if (indexes.size() < 2 || !fractions.get(column) || !between) {
                return;
            }
            for (int i : indexes) {
                Fact f = outcomes.get(i).fact();
                read.set(i, new ObservationNormalizer.Outcome(new Fact(f.agencyCode(), f.period(), f.indicatorCode(),
                        null, null, f.value().multiply(HUNDRED).stripTrailingZeros(), f.note(), f.source()), null));
            }
            warnings.addAll(warnings(indexes, observations, outcomes, file));
        });
        return new Result(read, warnings);
    }

    /** One warning per period the column's rates are for, at the column's first rate. */
    private static List<Warning> warnings(List<Integer> indexes, List<Observation> observations,
                                          List<ObservationNormalizer.Outcome> outcomes, String file) {
        Map<vn.cchc.rollup.normalize.Period, List<Integer>> byPeriod = indexes.stream()
                .collect(Collectors.groupingBy(i -> outcomes.get(i).fact().period(), LinkedHashMap::new, Collectors.toList()));
        List<Warning> warnings = new ArrayList<>();
        byPeriod.forEach((period, of) -> {
            String examples = of.stream().limit(3).map(i -> outcomes.get(i).fact().value())
                    .map(v -> plain(v) + " → " + plain(v.multiply(HUNDRED)) + "%").collect(Collectors.joining(", "));
            String first = observations.get(of.get(0)).value().location();
            warnings.add(new Warning(new SourceRef(file, first), period, WarningRule.FRACTION_AS_PERCENT,
                    "Cột tỷ lệ ghi dạng số thập phân ở " + of.size() + " ô, đọc là phần trăm (" + examples
                            + "); đề nghị đơn vị ghi rõ tỷ lệ phần trăm, ví dụ «92%» hay «92»"));
        });
        return warnings;
    }

    /** "0,995": every digit, the decimal comma. */
    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static boolean isPercent(Plan plan, Fact fact) {
        return plan.indicator(fact.indicatorCode()).map(i -> i.unit() == Unit.PERCENT).orElse(false);
    }

    /** A number typed without a percent: a plain numeric cell, or text with no "%". */
    private static boolean bare(RawCell cell) {
        return !cell.percentFormat() && (cell.isNumeric() || !cell.text().contains("%"));
    }
}
