package vn.cchc.rollup.publish;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.AgencyKind;
import vn.cchc.rollup.catalog.Area;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.catalog.RollupMethod;
import vn.cchc.rollup.catalog.TargetBasis;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.ReasonCode;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.intake.SourceRef;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.score.AgencyScore;
import vn.cchc.rollup.score.Evaluation;
import vn.cchc.rollup.score.IndicatorRollup;
import vn.cchc.rollup.score.PeriodResult;
import vn.cchc.rollup.score.Scope;
import vn.cchc.rollup.score.ScopeScore;
import vn.cchc.rollup.score.Status;

/**
 * A realistic period result built by hand over the built-in Hà Tĩnh plan: every agency, values
 * spread deterministically so each status occurs, one Sở and one xã that did not report, rejects
 * that try CSV/formula injection.
 */
final class PublishFixture {

    static final Period PERIOD = Period.quarter(2026, 1);
    static final String SILENT_SO = "SO-NGOAIVU";
    static final String HYPERLINK_MESSAGE = "=HYPERLINK(\"http://example.invalid\",\"Bấm vào đây\")";
    static final String FORMULA_NOTE = "=1+2 (ghi chú của đơn vị)";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PublishFixture() {
    }

    static PeriodResult periodResult() {
        Plan plan = PlanLoader.builtIn();
        String silentXa = plan.agencies(AgencyKind.XA).get(2).code();
        Set<String> silent = Set.of(SILENT_SO, silentXa);

        List<Evaluation> evaluations = new ArrayList<>();
        List<Agency> agencies = plan.agencies();
        for (int a = 0; a < agencies.size(); a++) {
            Agency agency = agencies.get(a);
            List<Indicator> indicators = plan.indicatorsFor(agency);
            for (int i = 0; i < indicators.size(); i++) {
                Indicator indicator = indicators.get(i);
                boolean gap = silent.contains(agency.code()) || (a + i) % 9 == 0;
                Fact fact = gap ? null : fact(agency, indicator, a, i);
                evaluations.add(evaluate(agency, indicator, fact));
            }
        }

        List<AgencyScore> unranked = new ArrayList<>();
        for (Agency agency : agencies) {
            List<Evaluation> own = evaluations.stream().filter(e -> e.agency().equals(agency)).toList();
            boolean reported = own.stream().anyMatch(e -> e.fact() != null);
            unranked.add(new AgencyScore(agency, score(own), sum(own, true), sum(own, false),
                    areaScores(plan, own), 0, reported));
        }
        List<AgencyScore> scores = rank(unranked);

        List<IndicatorRollup> rollups = new ArrayList<>();
        List<ScopeScore> scopes = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            List<Evaluation> inScope = evaluations.stream().filter(e -> scope.includes(e.agency().kind())).toList();
            for (Indicator indicator : plan.indicators()) {
                List<Evaluation> ofIndicator = inScope.stream()
                        .filter(e -> e.indicator().code().equals(indicator.code())).toList();
                if (!ofIndicator.isEmpty()) {
                    rollups.add(rollup(indicator, scope, ofIndicator));
                }
            }
            int count = (int) agencies.stream().filter(ag -> scope.includes(ag.kind())).count();
            scopes.add(new ScopeScore(scope, score(inScope), areaScores(plan, inScope), count));
        }

        List<Agency> notReported = scores.stream().filter(s -> !s.reported()).map(AgencyScore::agency)
                .sorted((x, y) -> Integer.compare(agencies.indexOf(x), agencies.indexOf(y))).toList();
        List<Reject> rejects = List.of(
                new Reject(new SourceRef("bao-cao/so-tu-phap-q1.xlsx", "Báo cáo!E12"), ReasonCode.BAD_VALUE,
                        "Giá trị \"chín mươi\" không phải là số"),
                new Reject(new SourceRef("bao-cao/xa-la.csv", "dòng 4, cột B"), ReasonCode.UNKNOWN_INDICATOR,
                        HYPERLINK_MESSAGE),
                new Reject(new SourceRef("+cmd.xlsx", ""), ReasonCode.UNREADABLE_FILE, "-5"),
                new Reject(new SourceRef("bao-cao/ubnd-xa-moi.xlsx", ""), ReasonCode.UNKNOWN_AGENCY,
                        "Không tìm thấy đơn vị \"UBND xã Mới\" trong danh mục"));
        return new PeriodResult(plan, PERIOD, evaluations, scores, rollups, scopes, notReported, rejects);
    }

    private static Fact fact(Agency agency, Indicator indicator, int a, int i) {
        SourceRef source = new SourceRef("bao-cao/" + agency.code().toLowerCase() + "-q1-2026.xlsx",
                "Báo cáo!E" + (10 + i));
        String note = (a == 1 && i == 0) ? FORMULA_NOTE : "";
        return switch (indicator.unit()) {
            case PERCENT -> {
                BigDecimal denominator = BigDecimal.valueOf(40 + (a * 7 + i * 3) % 60);
                BigDecimal rate = BigDecimal.valueOf(72 + (a * 5 + i * 11) % 29);
                BigDecimal numerator = denominator.multiply(rate).divide(HUNDRED, 0, RoundingMode.HALF_UP);
                BigDecimal value = numerator.multiply(HUNDRED).divide(denominator, 1, RoundingMode.HALF_UP);
                yield new Fact(agency.code(), PERIOD, indicator.code(), numerator, denominator, value, note, source);
            }
            case COUNT -> new Fact(agency.code(), PERIOD, indicator.code(), null, null,
                    BigDecimal.valueOf((a + 2 * i) % 9 + (a * 131 % 3 == 0 ? 1200 : 0)), note, source);
            case YES_NO -> new Fact(agency.code(), PERIOD, indicator.code(), null, null,
                    (a + i) % 4 == 0 ? BigDecimal.ZERO : BigDecimal.ONE, note, source);
        };
    }

    private static Evaluation evaluate(Agency agency, Indicator indicator, Fact fact) {
        BigDecimal target = indicator.target() == null ? null
                : indicator.targetBasis() == TargetBasis.PER_MONTH
                        ? indicator.target().multiply(BigDecimal.valueOf(PERIOD.months()))
                        : indicator.target();
        if (indicator.targetBasis() == TargetBasis.YEAR) {
            return new Evaluation(agency, indicator, PERIOD, fact, target, Status.NOT_DUE, BigDecimal.ZERO);
        }
        if (fact == null) {
            return new Evaluation(agency, indicator, PERIOD, null, target, Status.MISSING, BigDecimal.ZERO);
        }
        BigDecimal value = fact.value();
        boolean met = target == null ? value.signum() > 0 : switch (indicator.comparator()) {
            case GE -> value.compareTo(target) >= 0;
            case GT -> value.compareTo(target) > 0;
            case LE -> value.compareTo(target) <= 0;
            case EQ -> value.compareTo(target) == 0;
            case INCREASE -> value.signum() > 0;
        };
        BigDecimal points = met ? indicator.points()
                : indicator.earnsPartialPoints() && target != null && target.signum() > 0
                        ? indicator.points().multiply(value.divide(target, 6, RoundingMode.HALF_UP).min(BigDecimal.ONE))
                        : BigDecimal.ZERO;
        return new Evaluation(agency, indicator, PERIOD, fact, target, met ? Status.MET : Status.NOT_MET,
                points.setScale(4, RoundingMode.HALF_UP));
    }

    private static BigDecimal sum(List<Evaluation> evaluations, boolean earned) {
        return evaluations.stream().map(e -> earned ? e.points() : e.possiblePoints())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal score(List<Evaluation> evaluations) {
        BigDecimal possible = sum(evaluations, false);
        return possible.signum() == 0 ? BigDecimal.ZERO
                : sum(evaluations, true).multiply(HUNDRED).divide(possible, 4, RoundingMode.HALF_UP);
    }

    private static Map<String, BigDecimal> areaScores(Plan plan, List<Evaluation> evaluations) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (Area area : plan.areas()) {
            List<Evaluation> inArea = evaluations.stream()
                    .filter(e -> e.indicator().areaCode().equals(area.code())).toList();
            if (sum(inArea, false).signum() > 0) {
                scores.put(area.code(), score(inArea));
            }
        }
        return scores;
    }

    private static List<AgencyScore> rank(List<AgencyScore> scores) {
        Map<String, Integer> ranks = new HashMap<>();
        for (AgencyKind kind : AgencyKind.values()) {
            List<AgencyScore> ofKind = scores.stream().filter(s -> s.agency().kind() == kind)
                    .sorted((x, y) -> y.score().compareTo(x.score())).toList();
            for (int k = 0; k < ofKind.size(); k++) {
                boolean tie = k > 0 && ofKind.get(k).score().compareTo(ofKind.get(k - 1).score()) == 0;
                ranks.put(ofKind.get(k).agency().code(),
                        tie ? ranks.get(ofKind.get(k - 1).agency().code()) : k + 1);
            }
        }
        return scores.stream().map(s -> new AgencyScore(s.agency(), s.score(), s.earned(), s.possible(),
                s.areaScores(), ranks.get(s.agency().code()), s.reported())).toList();
    }

    private static IndicatorRollup rollup(Indicator indicator, Scope scope, List<Evaluation> evaluations) {
        List<Fact> facts = evaluations.stream().map(Evaluation::fact).filter(f -> f != null).toList();
        BigDecimal numerator = null;
        BigDecimal denominator = null;
        BigDecimal value = null;
        if (!facts.isEmpty()) {
            BigDecimal total = facts.stream().map(Fact::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (indicator.rollup() == RollupMethod.RATIO) {
                numerator = facts.stream().map(Fact::numerator).reduce(BigDecimal.ZERO, BigDecimal::add);
                denominator = facts.stream().map(Fact::denominator).reduce(BigDecimal.ZERO, BigDecimal::add);
                value = numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP);
            } else if (indicator.rollup() == RollupMethod.SUM) {
                value = total;
            } else {
                value = total.divide(BigDecimal.valueOf(facts.size()), 2, RoundingMode.HALF_UP);
                if (indicator.rollup() == RollupMethod.ALL_YES) {
                    value = value.multiply(HUNDRED);
                }
            }
        }
        return new IndicatorRollup(indicator, scope, value, numerator, denominator, evaluations.size(),
                count(evaluations, Status.MET), count(evaluations, Status.NOT_MET),
                count(evaluations, Status.MISSING), count(evaluations, Status.NOT_DUE), 0);
    }

    private static int count(List<Evaluation> evaluations, Status status) {
        return (int) evaluations.stream().filter(e -> e.status() == status).count();
    }
}
