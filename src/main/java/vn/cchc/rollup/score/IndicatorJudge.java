package vn.cchc.rollup.score;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Comparator;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.TargetBasis;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.normalize.Period;

/**
 * Judges one agency × indicator × period.
 *
 * <ul>
 *   <li>A {@code YEAR} indicator outside the annual report is NOT_DUE, reported or not.</li>
 *   <li>No fact: MISSING.</li>
 *   <li>Otherwise MET or NOT_MET by the comparator. A {@code PER_MONTH} target is multiplied by
 *       the period's months. A fact given as tử số / mẫu số is compared exactly, as
 *       100 × numerator against target × denominator, never through its rounded percentage.</li>
 *   <li>{@code INCREASE}: met when the value is strictly greater than the agency's previous-year
 *       value, which becomes the evaluation's target. With no previous-year value there is nothing
 *       to show an increase against, so the evaluation is NOT_MET with a null target: an agency
 *       cannot earn the points without a baseline on record.</li>
 * </ul>
 *
 * Points: MET earns the indicator's points; NOT_MET earns points × min(1, value / target) when the
 * indicator {@linkplain Indicator#earnsPartialPoints() earns partial points} and the target is
 * positive (a negative value counts as 0), otherwise 0; MISSING and NOT_DUE earn 0.
 */
public final class IndicatorJudge {

    static final MathContext MATH = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Period period;
    private final PreviousValues previousYear;

    public IndicatorJudge(Period period, PreviousValues previousYear) {
        this.period = period;
        this.previousYear = previousYear;
    }

    /** @param fact the agency's accepted value for the indicator in the period, or null */
    public Evaluation judge(Agency agency, Indicator indicator, Fact fact) {
        BigDecimal target = targetFor(agency, indicator);
        if (indicator.targetBasis() == TargetBasis.YEAR && !period.isAnnual()) {
            return new Evaluation(agency, indicator, period, fact, target, Status.NOT_DUE, BigDecimal.ZERO);
        }
        if (fact == null) {
            return new Evaluation(agency, indicator, period, null, target, Status.MISSING, BigDecimal.ZERO);
        }
        if (target == null) {
            return new Evaluation(agency, indicator, period, fact, null, Status.NOT_MET, BigDecimal.ZERO);
        }
        Reported reported = Reported.of(fact);
        if (meets(indicator.comparator(), reported.compareTo(target))) {
            return new Evaluation(agency, indicator, period, fact, target, Status.MET, indicator.points());
        }
        return new Evaluation(agency, indicator, period, fact, target, Status.NOT_MET,
                partialPoints(indicator, reported, target));
    }

    private BigDecimal targetFor(Agency agency, Indicator indicator) {
        if (indicator.comparator() == Comparator.INCREASE) {
            return previousYear.value(agency.code(), indicator.code()).orElse(null);
        }
        if (indicator.target() == null) {
            return null;
        }
        return indicator.targetBasis() == TargetBasis.PER_MONTH
                ? indicator.target().multiply(BigDecimal.valueOf(period.months()))
                : indicator.target();
    }

    private static boolean meets(Comparator comparator, int sign) {
        return switch (comparator) {
            case GE -> sign >= 0;
            case GT, INCREASE -> sign > 0;
            case LE -> sign <= 0;
            case EQ -> sign == 0;
        };
    }

    private static BigDecimal partialPoints(Indicator indicator, Reported reported, BigDecimal target) {
        if (!indicator.earnsPartialPoints() || target.signum() <= 0 || reported.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal share = reported.dividedBy(target);
        return indicator.points().multiply(share.min(BigDecimal.ONE), MATH);
    }

    /** A reported figure: an exact ratio when tử số / mẫu số are known, else the plain value. */
    private record Reported(BigDecimal scaledNumerator, BigDecimal denominator) {

        static Reported of(Fact fact) {
            if (fact.hasRatio() && fact.denominator().signum() > 0) {
                return new Reported(HUNDRED.multiply(fact.numerator()), fact.denominator());
            }
            return new Reported(fact.value(), BigDecimal.ONE);
        }

        /** Sign of (this − target), with no rounding: 100 × num against target × den. */
        int compareTo(BigDecimal target) {
            return scaledNumerator.compareTo(target.multiply(denominator));
        }

        int signum() {
            return scaledNumerator.signum();
        }

        BigDecimal dividedBy(BigDecimal target) {
            return scaledNumerator.divide(target.multiply(denominator), MATH);
        }
    }
}
