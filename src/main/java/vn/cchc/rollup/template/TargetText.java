package vn.cchc.rollup.template;

import java.math.BigDecimal;
import vn.cchc.rollup.catalog.Comparator;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.TargetBasis;
import vn.cchc.rollup.catalog.Unit;
import vn.cchc.rollup.normalize.Period;

/** The target of an indicator as officials write it: "≥ 100%", "≥ 6 (2/tháng)", "Có". */
public final class TargetText {

    static final String INCREASE = "Tăng so với năm trước";
    static final String YEAR_END = " (đánh giá cuối năm)";

    private TargetText() {
    }

    public static String of(Indicator indicator, Period period) {
        return base(indicator, period) + (indicator.targetBasis() == TargetBasis.YEAR ? YEAR_END : "");
    }

    private static String base(Indicator indicator, Period period) {
        if (indicator.comparator() == Comparator.INCREASE || indicator.target() == null) {
            return INCREASE;
        }
        BigDecimal target = indicator.target();
        if (indicator.unit() == Unit.YES_NO) {
            return target.signum() == 0 ? "Không" : "Có";
        }
        String symbol = indicator.comparator().symbol() + " ";
        if (indicator.unit() == Unit.PERCENT) {
            return symbol + number(target) + "%";
        }
        if (indicator.targetBasis() == TargetBasis.PER_MONTH) {
            BigDecimal scaled = target.multiply(BigDecimal.valueOf(period.months()));
            return symbol + number(scaled) + " (" + number(target) + "/tháng)";
        }
        return symbol + number(target);
    }

    /** Vietnamese notation without grouping: 95,5 and 100. */
    static String number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString().replace('.', ',');
    }
}
