package vn.cchc.rollup.validate;

import java.math.BigDecimal;
import java.util.Optional;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.SourceRef;
import vn.cchc.rollup.normalize.ViNumbers;

/**
 * Warning rules comparing a value with the same agency's value for a comparison period:
 * {@link WarningRule#JUMP_TO_100} first (a rate of exactly 100 % after one under 50 %), else
 * {@link WarningRule#FAR_FROM_PREVIOUS}. Yes/no answers are never "far": a change of answer is
 * ordinary progress.
 */
public final class ValueChangeRules {

    /** A rate moving by more than this many percentage points is far. */
    public static final BigDecimal RATE_POINTS = BigDecimal.valueOf(30);
    /** A count growing or shrinking by more than this factor is far... */
    public static final BigDecimal COUNT_FACTOR = BigDecimal.valueOf(3);
    /** ...unless both values stay below this: 2 → 7 news articles is ordinary. */
    public static final BigDecimal COUNT_FLOOR = BigDecimal.TEN;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF = BigDecimal.valueOf(50);

    private ValueChangeRules() {
    }

    /** @param previous the agency's value for {@code comparedWith}, the same indicator */
    public static Optional<Warning> check(Indicator indicator, Fact fact, Fact previous) {
        BigDecimal now = fact.value();
        BigDecimal before = previous.value();
        String was = " (kỳ trước: " + previous.period().label() + ", tệp " + where(previous.source()) + ")";
        return switch (indicator.unit()) {
            case PERCENT -> {
                if (now.compareTo(HUNDRED) == 0 && before.compareTo(HALF) < 0) {
                    yield warn(fact, WarningRule.JUMP_TO_100, "Tỷ lệ chỉ tiêu " + indicator.code()
                            + " lên đúng 100% trong khi " + previous.period().label() + " chỉ đạt "
                            + ViNumbers.number(before) + "%" + was
                            + ": đề nghị đơn vị xác nhận, tránh trường hợp điền mặc định 100%");
                }
                BigDecimal points = now.subtract(before);
                if (points.abs().compareTo(RATE_POINTS) > 0) {
                    yield warn(fact, WarningRule.FAR_FROM_PREVIOUS, "Tỷ lệ chỉ tiêu " + indicator.code()
                            + (points.signum() > 0 ? " tăng " : " giảm ") + ViNumbers.number(points.abs())
                            + " điểm phần trăm so với " + previous.period().label() + " (từ "
                            + ViNumbers.number(before) + "% " + (points.signum() > 0 ? "lên " : "xuống ")
                            + ViNumbers.number(now) + "%)" + was + ": đề nghị đơn vị xác nhận số liệu");
                }
                yield Optional.empty();
            }
            case COUNT -> {
                BigDecimal larger = now.max(before);
                BigDecimal smaller = now.min(before);
                boolean far = larger.compareTo(COUNT_FLOOR) >= 0
                        && larger.compareTo(smaller.multiply(COUNT_FACTOR)) > 0;
                if (far) {
                    boolean up = now.compareTo(before) > 0;
                    yield warn(fact, WarningRule.FAR_FROM_PREVIOUS, "Số lượng chỉ tiêu " + indicator.code()
                            + (up ? " tăng" : " giảm") + " hơn " + ViNumbers.number(COUNT_FACTOR) + " lần so với "
                            + previous.period().label() + " (từ " + ViNumbers.number(before)
                            + (up ? " lên " : " xuống ") + ViNumbers.number(now) + ")" + was
                            + ": đề nghị đơn vị xác nhận số liệu");
                }
                yield Optional.empty();
            }
            case YES_NO -> Optional.empty();
        };
    }

    private static Optional<Warning> warn(Fact fact, WarningRule rule, String message) {
        return Optional.of(new Warning(fact.source(), fact.period(), rule, message));
    }

    static String where(SourceRef source) {
        return source.file() + (source.location() == null || source.location().isEmpty() ? "" : ", vị trí " + source.location());
    }
}
