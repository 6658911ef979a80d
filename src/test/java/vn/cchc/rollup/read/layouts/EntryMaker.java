package vn.cchc.rollup.read.layouts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.cchc.rollup.catalog.Comparator;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.TargetBasis;
import vn.cchc.rollup.catalog.Unit;

/** Chooses a report's indicators and the figures a clerk types for them, with the facts they mean. */
final class EntryMaker {

    /** Denominators whose rates have at most two decimals. */
    private static final int[] DENOMINATORS = {20, 25, 40, 50, 80, 100, 125, 200, 250, 400, 1250, 2000, 2500};
    private static final List<String> NOTES = List.of("", "", "", "Đã cập nhật", "Theo phần mềm một cửa",
            "Số liệu đến ngày 31/3", "Hoàn thành");

    private final Plan plan;

    EntryMaker(Plan plan) {
        this.plan = plan;
    }

    List<IndicatorEntry> entries(LayoutCase layout) {
        Random random = new Random(layout.seed());
        List<Indicator> applicable = plan.indicatorsFor(layout.agency()).stream()
                .filter(i -> layout.period().annual() || i.targetBasis() != TargetBasis.YEAR)
                .toList();
        int wanted = Math.min(applicable.size(), 5 + random.nextInt(8));
        List<Indicator> chosen = new ArrayList<>(applicable);
        while (chosen.size() > wanted) {
            chosen.remove(random.nextInt(chosen.size()));
        }
        List<IndicatorEntry> entries = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            boolean blank = i > 2 && random.nextInt(12) == 0;
            entries.add(entry(layout, chosen.get(i), i, blank, random));
        }
        return entries;
    }

    private IndicatorEntry entry(LayoutCase layout, Indicator indicator, int position, boolean blank, Random random) {
        BodyAxes body = layout.body();
        String name = body.names().write(indicator, position);
        String note = HeaderWords.pick(random, NOTES);
        Cell target = target(indicator, layout.period(), body.targetAsNumber(), random);
        if (blank) {
            return new IndicatorEntry(indicator, name, unitText(indicator), target, Cell.EMPTY, Cell.EMPTY,
                    Cell.EMPTY, Cell.EMPTY, note, null);
        }
        String agency = layout.agency().code();
        String period = layout.period().code();
        return switch (indicator.unit()) {
            case PERCENT -> layout.table().ratioColumns() && random.nextBoolean()
                    ? ratio(layout, indicator, name, target, note, random)
                    : body.notation() == ValueNotation.WITH_WORDS && random.nextInt(3) > 0
                    ? ratioInOneCell(layout, indicator, name, target, note, random)
                    : percent(layout, indicator, name, target, note, random);
            case COUNT -> {
                long count = random.nextInt(31);
                Cell written = body.notation() == ValueNotation.WITH_WORDS
                        ? Cell.text("%02d %s".formatted(count, countUnit(indicator, random))) : count(count, body);
                yield new IndicatorEntry(indicator, name, unitText(indicator), target, Cell.EMPTY, Cell.EMPTY,
                        written, twin(layout, Cell.number(count + 1)), note,
                        new ExpectedFact(agency, period, indicator.code(), null, null, BigDecimal.valueOf(count)));
            }
            case YES_NO -> {
                boolean yes = random.nextInt(4) > 0;
                String word = body.notation() == ValueNotation.WITH_WORDS ? answerInWords(yes, random)
                        : random.nextBoolean() ? (yes ? "Có" : "Không") : (yes ? "Đạt" : "Không đạt");
                yield new IndicatorEntry(indicator, name, unitText(indicator), target, Cell.EMPTY, Cell.EMPTY,
                        Cell.text(word), twin(layout, Cell.text(yes ? "Không" : "Có")), note,
                        new ExpectedFact(agency, period, indicator.code(), null, null, BigDecimal.valueOf(yes ? 1 : 0)));
            }
        };
    }

    /** A yes/no task answered the way clerks report on it: done or not, sometimes with its evidence. */
    private static String answerInWords(boolean yes, Random random) {
        String[] answers = yes
                ? new String[] {"Đã thực hiện", "Hoàn thành", "Đã hoàn thành", "Có (QĐ số 123/QĐ-UBND)",
                    "Đã ban hành, KH số 12/KH-UBND", "Có - đã niêm yết công khai"}
                : new String[] {"Chưa thực hiện", "Chưa hoàn thành", "Không (chưa có kinh phí)",
                    "Chưa, dự kiến quý III"};
        return answers[random.nextInt(answers.length)];
    }

    private IndicatorEntry ratio(LayoutCase layout, Indicator indicator, String name, Cell target, String note,
                                 Random random) {
        int denominator = DENOMINATORS[random.nextInt(DENOMINATORS.length)];
        int numerator = denominator - random.nextInt(denominator / 3 + 1);
        BigDecimal value = BigDecimal.valueOf(100L * numerator)
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.UNNECESSARY);
        Cell written = random.nextBoolean() ? layout.body().notation().write(value) : Cell.EMPTY;
        return new IndicatorEntry(indicator, name, unitText(indicator), target,
                count(numerator, layout.body()), count(denominator, layout.body()), written, Cell.EMPTY, note,
                new ExpectedFact(layout.agency().code(), layout.period().code(), indicator.code(),
                        BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), value));
    }

    /** A rate typed in the value cell as so many of so many: "45/50", "45 / 50 hồ sơ", "45/50 (90%)". */
    private IndicatorEntry ratioInOneCell(LayoutCase layout, Indicator indicator, String name, Cell target,
                                          String note, Random random) {
        int denominator = DENOMINATORS[random.nextInt(DENOMINATORS.length)];
        int numerator = denominator - random.nextInt(denominator / 3 + 1);
        BigDecimal value = BigDecimal.valueOf(100L * numerator)
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.UNNECESSARY);
        String of = VietNotation.of(BigDecimal.valueOf(numerator)) + (random.nextBoolean() ? "/" : " / ")
                + VietNotation.of(BigDecimal.valueOf(denominator));
        String thing = indicator.name().contains("hồ sơ") ? "hồ sơ" : indicator.name().contains("văn bản") ? "văn bản" : "";
        String written = switch (random.nextInt(3)) {
            case 0 -> of;
            case 1 -> thing.isEmpty() ? of : of + " " + thing;
            default -> of + " (" + VietNotation.of(value.setScale(1, RoundingMode.HALF_UP)) + "%)";
        };
        return new IndicatorEntry(indicator, name, unitText(indicator), target, Cell.EMPTY, Cell.EMPTY,
                Cell.text(written), Cell.EMPTY, note,
                new ExpectedFact(layout.agency().code(), layout.period().code(), indicator.code(),
                        BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), value));
    }

    /** The unit a clerk types after a count: the thing the indicator counts. */
    private static String countUnit(Indicator indicator, Random random) {
        if (indicator.name().contains("sáng kiến")) {
            return "sáng kiến";
        }
        return random.nextBoolean() ? "tin, bài" : "tin";
    }

    private IndicatorEntry percent(LayoutCase layout, Indicator indicator, String name, Cell target, String note,
                                   Random random) {
        BigDecimal value = BigDecimal.valueOf(500 + random.nextInt(501), 1);
        if (random.nextBoolean()) {
            value = value.setScale(0, RoundingMode.DOWN);
        }
        return new IndicatorEntry(indicator, name, unitText(indicator), target, Cell.EMPTY, Cell.EMPTY,
                layout.body().notation().write(value),
                twin(layout, layout.body().notation().write(value.subtract(BigDecimal.valueOf(3)))), note,
                new ExpectedFact(layout.agency().code(), layout.period().code(), indicator.code(), null, null, value));
    }

    private static Cell twin(LayoutCase layout, Cell cell) {
        return layout.table().twinValues() ? cell : Cell.EMPTY;
    }

    private static Cell count(long count, BodyAxes body) {
        return body.numbersAsText() ? Cell.text(VietNotation.of(BigDecimal.valueOf(count))) : Cell.number(count);
    }

    private static String unitText(Indicator indicator) {
        return switch (indicator.code()) {
            case "CDDH-03" -> "Sáng kiến";
            case "CDDH-04" -> "Tin, bài";
            default -> indicator.unit() == Unit.PERCENT ? "%" : indicator.unit() == Unit.YES_NO ? "Có/Không" : "Số lượng";
        };
    }

    /** The plan's target as the clerk copies it: "≥ 80%", "> 99%", "Có", "02 tin/tháng", or a bare number. */
    private static Cell target(Indicator indicator, PeriodSpec period, boolean asNumber, Random random) {
        if (indicator.comparator() == Comparator.INCREASE) {
            return Cell.text("Tăng so với năm trước");
        }
        if (indicator.unit() == Unit.YES_NO) {
            return Cell.text(random.nextBoolean() ? "Có" : "Đạt");
        }
        BigDecimal target = indicator.target();
        if (indicator.targetBasis() == TargetBasis.PER_MONTH && !asNumber) {
            return Cell.text("%02d tin/tháng".formatted(target.intValue()));
        }
        if (asNumber) {
            return Cell.number(target);
        }
        String sign = indicator.comparator() == Comparator.GT ? "> " : indicator.comparator() == Comparator.GE ? "≥ " : "";
        String unit = indicator.unit() == Unit.PERCENT ? "%" : "";
        return Cell.text(sign + VietNotation.of(target) + unit);
    }
}
