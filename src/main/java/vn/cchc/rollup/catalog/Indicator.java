package vn.cchc.rollup.catalog;

import java.math.BigDecimal;
import java.util.List;

/** An indicator (chỉ tiêu) of the plan with its target. {@code target} is null for INCREASE. */
public record Indicator(
        String code,
        String areaCode,
        String name,
        Unit unit,
        Comparator comparator,
        BigDecimal target,
        Applicability appliesTo,
        RollupMethod rollup,
        TargetBasis targetBasis,
        BigDecimal points,
        List<String> aliases) {

    public Indicator {
        aliases = List.copyOf(aliases);
    }

    public boolean appliesTo(Agency agency) {
        return appliesTo.includes(agency.kind());
    }

    /** A rate or a count, whose "not met" still earns points in proportion to the target. */
    public boolean earnsPartialPoints() {
        return (unit == Unit.PERCENT || unit == Unit.COUNT)
                && (comparator == Comparator.GE || comparator == Comparator.GT);
    }
}
