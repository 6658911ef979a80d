package vn.cchc.rollup.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Predicate;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.rollup.TestDatabases;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.SourceRef;
import vn.cchc.rollup.normalize.Period;

/**
 * The sums the database makes of stored evaluations, against the same sums made in Java over the
 * evaluations themselves, on random evaluations whose points and values carry DECIMAL64's 16
 * significant digits: they must be equal exactly, not nearly.
 */
class EvaluationTableTest {

    private static final Plan PLAN = PlanLoader.builtIn();
    private static final Period Q1 = Period.quarter(2026, 1);
    private static final Period H1 = Period.half(2026, 1);
    private static final SourceRef SOURCE = new SourceRef("bao-cao.xlsx", "Sheet1!C4");

    final JdbcTemplate jdbc = TestDatabases.inMemory();
    final EvaluationTable table = new EvaluationTable(jdbc);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void sumsInSqlEqualTheSumsOfTheEvaluationsExactly(long seed) {
        List<Evaluation> evaluations = randomEvaluations(new Random(seed), Q1);
        table.replace(Q1, evaluations);

        Map<String, GroupPoints> agencies = table.agencyPoints(Q1);
        for (Agency agency : PLAN.agencies()) {
            assertSamePoints(agencies.get(agency.code()), evaluations, e -> e.agency().equals(agency), agency.code());
        }
        Map<Scope, GroupPoints> scopes = Rollups.scopePoints(PLAN, agencies);
        for (Scope scope : Scope.values()) {
            assertSamePoints(scopes.get(scope), evaluations, e -> scope.includes(e.agency().kind()), scope.name());
        }
        Map<EvaluationTable.IndicatorKey, IndicatorSums> sums = table.indicatorSums(Q1);
        for (Indicator indicator : PLAN.indicators()) {
            for (Scope scope : Scope.values()) {
                List<Evaluation> group = evaluations.stream()
                        .filter(e -> e.indicator().equals(indicator) && scope.includes(e.agency().kind()))
                        .toList();
                IndicatorSums actual = sums.get(new EvaluationTable.IndicatorKey(indicator.code(), scope));
                if (group.isEmpty()) {
                    assertThat(actual).as(indicator.code() + " " + scope).isNull();
                } else {
                    assertThat(actual).as(indicator.code() + " " + scope).usingRecursiveComparison()
                            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                            .isEqualTo(expectedSums(group));
                }
            }
        }
    }

    /**
     * As in the publish step: scoring inside a transaction of the caller's, still open when the
     * period is summed on two connections. The evaluations are committed on their own, so the
     * connection of the other thread sees them too, and a rollback of the caller's keeps them.
     */
    @Test
    void bothSumsOfAPeriodScoredInsideTheCallersTransactionSeeItsEvaluations(@TempDir Path dir) {
        JdbcTemplate fileDatabase = TestDatabases.h2(dir);
        JdbcTransactionManager transactions = new JdbcTransactionManager(fileDatabase.getDataSource());
        EvaluationTable onFile = new EvaluationTable(fileDatabase, transactions);
        List<Evaluation> evaluations = randomEvaluations(new Random(7), Q1);
        TransactionTemplate callers = new TransactionTemplate(transactions);

        EvaluationTable.Sums sums = callers.execute(status -> {
            onFile.replace(Q1, evaluations);
            EvaluationTable.Sums read = onFile.sums(Q1);
            status.setRollbackOnly();
            return read;
        });

        assertThat(sums.agencyPoints()).isEqualTo(onFile.agencyPoints(Q1)).hasSize(PLAN.agencies().size());
        assertThat(sums.indicators()).isEqualTo(onFile.indicatorSums(Q1));
        Map<EvaluationTable.IndicatorKey, IndicatorSums> expected = new HashMap<>();
        for (Indicator indicator : PLAN.indicators()) {
            for (Scope scope : Scope.values()) {
                List<Evaluation> group = evaluations.stream()
                        .filter(e -> e.indicator().equals(indicator) && scope.includes(e.agency().kind()))
                        .toList();
                if (!group.isEmpty()) {
                    expected.put(new EvaluationTable.IndicatorKey(indicator.code(), scope), expectedSums(group));
                }
            }
        }
        assertThat(sums.indicators()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(expected);
    }

    @Test
    void aPublicationReplacesItsPeriodOnlyAndClearingEmptiesTheTable() {
        Random random = new Random(7);
        table.replace(Q1, randomEvaluations(random, Q1));
        List<Evaluation> h1 = randomEvaluations(random, H1);
        table.replace(H1, h1);
        List<Evaluation> again = randomEvaluations(random, Q1);
        table.replace(Q1, again);

        assertSamePoints(scopePoints(Q1).get(Scope.PROVINCE), again, e -> true, "Q1 once, the latest");
        assertSamePoints(scopePoints(H1).get(Scope.PROVINCE), h1, e -> true, "H1 untouched");

        table.clear();
        assertThat(table.agencyPoints(Q1)).isEmpty();
        assertThat(scopePoints(H1)).isEmpty();
        assertThat(table.indicatorSums(Q1)).isEmpty();
    }

    @Test
    void aNewPublicationRewritesOnlyTheAgenciesWhoseRowsChanged() {
        Random random = new Random(11);
        List<Evaluation> first = randomEvaluations(random, Q1);
        table.replace(Q1, first);
        Map<String, Long> idsBefore = rowIds();

        // one agency's evaluations change; the same others come again (fresh objects, equal values)
        Agency changed = PLAN.agencies().get(3);
        List<Evaluation> second = new ArrayList<>();
        List<Evaluation> redrawn = randomEvaluations(new Random(12), Q1);
        for (int i = 0; i < first.size(); i++) {
            Evaluation e = first.get(i);
            second.add(e.agency().equals(changed) ? redrawn.get(i) : new Evaluation(e.agency(), e.indicator(), e.period(),
                    e.fact(), e.target(), e.status(), e.points() == null ? null : e.points().setScale(e.points().scale() + 3)));
        }
        table.replace(Q1, second);

        Map<String, Long> idsAfter = rowIds();
        assertThat(idsAfter.keySet()).hasSameSizeAs(second);
        idsAfter.forEach((key, id) -> {
            boolean ofChanged = key.startsWith(changed.code() + "|");
            assertThat(id.equals(idsBefore.get(key))).as(key).isEqualTo(!ofChanged);
        });
        assertSamePoints(table.agencyPoints(Q1).get(changed.code()), second, e -> e.agency().equals(changed), "changed");
        assertSamePoints(scopePoints(Q1).get(Scope.PROVINCE), second, e -> true, "whole");

        // nothing changed: nothing rewritten; digests lost (a database of before them): all rewritten
        table.replace(Q1, second);
        assertThat(rowIds()).isEqualTo(idsAfter);
        jdbc.update("delete from evaluation_digest");
        table.replace(Q1, second);
        assertThat(rowIds()).hasSameSizeAs(second).allSatisfy((key, id) -> assertThat(id).isNotEqualTo(idsAfter.get(key)));

        // most agencies changed: the period is rewritten whole, same sums
        List<Evaluation> third = randomEvaluations(new Random(13), Q1);
        table.replace(Q1, third);
        assertSamePoints(scopePoints(Q1).get(Scope.PROVINCE), third, e -> true, "rewritten");
        assertThat(rowIds()).hasSameSizeAs(third);

        // periods without data any more lose their rows
        table.replace(H1, randomEvaluations(random, H1));
        table.keepOnly(List.of(H1));
        assertThat(table.agencyPoints(Q1)).isEmpty();
        assertThat(table.agencyPoints(H1)).isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from evaluation_digest where period = ?", Integer.class,
                Q1.code())).isZero();
        table.keepOnly(List.of());
        assertThat(jdbc.queryForObject("select count(*) from evaluation", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from evaluation_digest", Integer.class)).isZero();
    }

    @Test
    void aSumLosesItsTrailingZerosAsStripTrailingZerosWouldDropThem() {
        Random random = new Random(7);
        List<BigDecimal> numbers = new ArrayList<>(List.of(BigDecimal.ZERO, new BigDecimal("0E-20"),
                new BigDecimal("100.00000000000000000000"), new BigDecimal("-2.50000000000000000000"),
                new BigDecimal("1234567890123456789.00000000000000000000"), new BigDecimal("0.00000000000000000001"),
                new BigDecimal("120000000"), new BigDecimal("3.1"), new BigDecimal("5E+3")));
        for (int i = 0; i < 2000; i++) {
            BigDecimal n = new BigDecimal(new java.math.BigInteger(1 + random.nextInt(90), random), random.nextInt(25));
            numbers.add(random.nextBoolean() ? n.negate() : n);
            numbers.add(n.setScale(20, java.math.RoundingMode.DOWN));
        }
        for (BigDecimal n : numbers) {
            BigDecimal plain = EvaluationTable.plain(n);
            assertThat(plain.unscaledValue()).as(n.toString()).isEqualTo(n.stripTrailingZeros().unscaledValue());
            assertThat(plain.scale()).as(n.toString()).isEqualTo(n.stripTrailingZeros().scale());
        }
        assertThat(EvaluationTable.plain(null)).isNull();
    }

    /** The points of each scope, as the scorer adds them up from the agencies' sums. */
    private Map<Scope, GroupPoints> scopePoints(Period period) {
        return Rollups.scopePoints(PLAN, table.agencyPoints(period));
    }

    /** H2's row id of each stored Q1 row, by agency and indicator: a row inserted again gets a new one. */
    private Map<String, Long> rowIds() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select _rowid_, agency_code, indicator_code from evaluation where period = ?",
                rs -> {
                    ids.put(rs.getString(2) + "|" + rs.getString(3), rs.getLong(1));
                }, Q1.code());
        return ids;
    }

    /** Every agency × applicable indicator with a random status, points and fact. */
    private static List<Evaluation> randomEvaluations(Random random, Period period) {
        List<Evaluation> evaluations = new ArrayList<>();
        for (Agency agency : PLAN.agencies()) {
            for (Indicator indicator : PLAN.indicatorsFor(agency)) {
                Status status = Status.values()[random.nextInt(Status.values().length)];
                Fact fact = status == Status.MISSING ? null : randomFact(random, agency, indicator, period);
                BigDecimal points = switch (status) {
                    case MET -> indicator.points();
                    case NOT_MET -> indicator.points().multiply(share(random), MathContext.DECIMAL64);
                    case MISSING, NOT_DUE -> BigDecimal.ZERO;
                };
                evaluations.add(new Evaluation(agency, indicator, period, fact, null, status, points));
            }
        }
        return evaluations;
    }

    private static Fact randomFact(Random random, Agency agency, Indicator indicator, Period period) {
        if (random.nextInt(4) == 0) {
            BigDecimal yesOrNo = BigDecimal.valueOf(random.nextInt(2));
            return new Fact(agency.code(), period, indicator.code(), null, null, yesOrNo, "", SOURCE);
        }
        BigDecimal value = BigDecimal.valueOf(random.nextInt(100_000))
                .divide(BigDecimal.valueOf(1 + random.nextInt(999)), MathContext.DECIMAL64);
        boolean ratio = random.nextBoolean();
        return new Fact(agency.code(), period, indicator.code(),
                ratio ? BigDecimal.valueOf(random.nextInt(500)) : null,
                ratio ? BigDecimal.valueOf(1 + random.nextInt(500)) : null, value, "", SOURCE);
    }

    /** A share such as 0.3333333333333333 or 0.0001234567890123457: 16 significant digits, from 10⁻⁴. */
    private static BigDecimal share(Random random) {
        return BigDecimal.valueOf(1 + random.nextInt(10_000))
                .divide(BigDecimal.valueOf(10_001 + random.nextInt(1_000_000)), MathContext.DECIMAL64)
                .max(new BigDecimal("0.0001"));
    }

    private static void assertSamePoints(GroupPoints actual, List<Evaluation> all, Predicate<Evaluation> member,
            String what) {
        List<Evaluation> group = all.stream().filter(member).toList();
        assertThat(actual).as(what).isNotNull();
        assertThat(actual.total().earned()).as(what + " earned").isEqualByComparingTo(earned(group));
        assertThat(actual.total().possible()).as(what + " possible").isEqualByComparingTo(possible(group));
        assertThat(actual.facts()).as(what + " facts").isEqualTo(group.stream().filter(e -> e.fact() != null).count());
        Map<String, List<Evaluation>> byArea = new HashMap<>();
        group.forEach(e -> byArea.computeIfAbsent(e.indicator().areaCode(), a -> new ArrayList<>()).add(e));
        assertThat(actual.byArea()).as(what + " areas").hasSameSizeAs(byArea);
        byArea.forEach((area, ofArea) -> {
            assertThat(actual.byArea().get(area).earned()).as(what + " " + area).isEqualByComparingTo(earned(ofArea));
            assertThat(actual.byArea().get(area).possible()).as(what + " " + area)
                    .isEqualByComparingTo(possible(ofArea));
        });
    }

    private static IndicatorSums expectedSums(List<Evaluation> group) {
        List<Fact> facts = group.stream().map(Evaluation::fact).filter(Objects::nonNull).toList();
        List<Fact> ratios = facts.stream().filter(Fact::hasRatio).toList();
        return new IndicatorSums(group.size(), count(group, Status.MET), count(group, Status.NOT_MET),
                count(group, Status.MISSING), count(group, Status.NOT_DUE), facts.size(),
                sum(facts.stream().map(Fact::value).toList()),
                (int) facts.stream().filter(f -> f.value().compareTo(BigDecimal.ONE) == 0).count(), ratios.size(),
                sum(ratios.stream().map(Fact::numerator).toList()), sum(ratios.stream().map(Fact::denominator).toList()));
    }

    private static int count(List<Evaluation> group, Status status) {
        return (int) group.stream().filter(e -> e.status() == status).count();
    }

    /** Null for none, as SQL's sum. */
    private static BigDecimal sum(List<BigDecimal> values) {
        return values.isEmpty() ? null : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal earned(List<Evaluation> group) {
        return group.stream().map(Evaluation::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal possible(List<Evaluation> group) {
        return group.stream().map(Evaluation::possiblePoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
