package vn.cchc.rollup.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.AgencyKind;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.RollupMethod;
import vn.cchc.rollup.catalog.TargetBasis;
import vn.cchc.rollup.catalog.Unit;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.normalize.VietText;

/** Draws realistic figures for an agency: rates as numerator/denominator, counts, yes/no answers. */
final class SampleValues {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Denominator ranges by what the rate counts, recognised from the indicator's name. */
    private record Size(String[] keywords, int soMin, int soMax, int xaMin, int xaMax, boolean flow) {
        Size(String keywords, int soMin, int soMax, int xaMin, int xaMax, boolean flow) {
            this(keywords.split("\\|"), soMin, soMax, xaMin, xaMax, flow);
        }

        boolean matches(String foldedName) {
            for (String keyword : keywords) {
                if (foldedName.contains(keyword)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final List<Size> SIZES = List.of(
            new Size("hai long", 60, 400, 30, 200, true),
            new Size("ho so", 80, 400, 30, 250, true),
            new Size("can bo|cong chuc|vien chuc", 40, 400, 15, 60, false),
            new Size("van ban", 5, 40, 5, 20, false),
            new Size("nhiem vu", 15, 50, 10, 30, false),
            new Size("ket luan", 5, 20, 5, 10, false),
            new Size("thu tuc|tthc", 20, 150, 10, 80, false),
            new Size("phong|don vi|he thong|co so du lieu", 5, 15, 5, 10, false));
    private static final Size DEFAULT_SIZE = new Size("", 5, 100, 5, 50, false);

    private final long seed;

    SampleValues(long seed) {
        this.seed = seed;
    }

    /** The agency's level of care: the same in every period. */
    Diligence diligence(Agency agency) {
        return Diligence.draw(new Random(mix(seed, agency.code(), "diligence")));
    }

    AgencyReport report(Plan plan, Agency agency, Period period, Random random) {
        Diligence diligence = diligence(agency);
        List<SampleValue> values = new ArrayList<>();
        for (Indicator indicator : plan.indicatorsFor(agency)) {
            values.add(value(indicator, agency, diligence, period, random));
        }
        return new AgencyReport(agency, period.end().plusDays(3 + random.nextInt(12)), values);
    }

    SampleValue value(Indicator indicator, Agency agency, Diligence diligence, Period period, Random random) {
        boolean notDueYet = indicator.targetBasis() == TargetBasis.YEAR && !period.isAnnual();
        if (notDueYet && random.nextDouble() < 0.5) {
            return SampleValue.blank(indicator, random.nextDouble() < 0.3 ? "Đánh giá cuối năm" : null);
        }
        if (random.nextDouble() < diligence.blankChance) {
            return SampleValue.blank(indicator, "Chưa tổng hợp được số liệu");
        }
        return switch (indicator.unit()) {
            case PERCENT -> indicator.rollup() == RollupMethod.RATIO
                    ? rate(indicator, agency, diligence, period, random)
                    : new SampleValue(indicator, null, null, oneDecimal(20 + random.nextDouble() * 55), null, null);
            case COUNT -> count(indicator, diligence, period, random);
            case YES_NO -> new SampleValue(indicator, null, null, null,
                    random.nextDouble() < diligence.yesChance ? "Có" : "Không", null);
        };
    }

    private SampleValue rate(Indicator indicator, Agency agency, Diligence diligence, Period period, Random random) {
        int denominator = denominator(indicator, agency, period);
        boolean modestTarget = indicator.target() != null && indicator.target().compareTo(BigDecimal.valueOf(90)) < 0;
        double fullChance = modestTarget ? diligence.fullRateChance / 3 : diligence.fullRateChance;
        int floor = modestTarget ? Math.max(40, diligence.rateFloor - 25) : diligence.rateFloor;
        int numerator = random.nextDouble() < fullChance ? denominator
                : (int) Math.floor(denominator * (floor + random.nextDouble() * (100 - floor)) / 100);
        BigDecimal num = BigDecimal.valueOf(numerator);
        BigDecimal den = BigDecimal.valueOf(denominator);
        BigDecimal value = random.nextDouble() < 0.6
                ? num.multiply(HUNDRED).divide(den, 1, RoundingMode.HALF_UP) : null;
        String note = numerator == denominator && random.nextDouble() < 0.1 ? "Hoàn thành"
                : numerator < denominator && diligence == Diligence.LOW && random.nextDouble() < 0.2
                        ? "Đang tiếp tục triển khai" : null;
        return new SampleValue(indicator, num, den, value, null, note);
    }

    private SampleValue count(Indicator indicator, Diligence diligence, Period period, Random random) {
        double perPeriod = indicator.target() == null ? 2 : indicator.target().doubleValue();
        if (indicator.targetBasis() == TargetBasis.PER_MONTH) {
            perPeriod *= period.months();
        }
        double factor = diligence.countFactorMin
                + random.nextDouble() * (diligence.countFactorMax - diligence.countFactorMin);
        long count = Math.max(0, Math.round(perPeriod * factor));
        return new SampleValue(indicator, null, null, BigDecimal.valueOf(count), null, null);
    }

    /** Stable per agency and indicator; flows such as case files grow with the period's length. */
    private int denominator(Indicator indicator, Agency agency, Period period) {
        String name = VietText.fold(indicator.name());
        Size size = SIZES.stream().filter(s -> s.matches(name)).findFirst().orElse(DEFAULT_SIZE);
        boolean so = agency.kind() == AgencyKind.SO;
        int min = so ? size.soMin() : size.xaMin();
        int max = so ? size.soMax() : size.xaMax();
        Random stable = new Random(mix(seed, agency.code(), indicator.code()));
        int base = min + stable.nextInt(max - min + 1);
        return size.flow() ? Math.max(min, base * period.months() / 3) : base;
    }

    static BigDecimal oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    /** A seed derived from the generator's seed and some names; String.hashCode is stable across JVMs. */
    static long mix(long seed, String... names) {
        long h = seed;
        for (String name : names) {
            h = h * 1_000_003L + name.hashCode();
        }
        return h;
    }
}
