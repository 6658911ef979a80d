package vn.cchc.rollup.score;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.normalize.Period;

/**
 * The evaluations of each published period, in the database, and the rollups summed from them
 * there: points per agency × area, and the figures of each indicator per scope. Java then only adds
 * the group rows up (an agency's areas, the agencies of a scope, Sở and xã into the province) and
 * divides.
 * <p>
 * The evaluations are written in transactions of their own, committed at once, not in the caller's:
 * the two sums of a period then run at the same time on two connections ({@link #sums}). They are
 * derived data, made again by every publication (and emptied after a killed run, see
 * {@code store.CrashLeftovers}), so a publication that fails after scoring leaves the table one run
 * ahead of the published outputs, never wrong.
 */
@Repository
public class EvaluationTable {

    private static final String INSERT = """
            insert into evaluation (period, agency_code, scope, area_code, indicator_code, status, points,
                                    possible_points, fact_value, numerator, denominator)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** Points per group and area; {@code %s} is the grouping column. */
    private static final String POINTS = """
            select %1$s as grp, area_code, sum(points) as earned, sum(possible_points) as possible,
                   count(fact_value) as facts
            from evaluation where period = ? group by %1$s, area_code""";

    private static final String INDICATORS = """
            select indicator_code, scope, count(*) as applicable,
                   sum(case when status = 'MET' then 1 else 0 end) as met,
                   sum(case when status = 'NOT_MET' then 1 else 0 end) as not_met,
                   sum(case when status = 'MISSING' then 1 else 0 end) as missing,
                   sum(case when status = 'NOT_DUE' then 1 else 0 end) as not_due,
                   count(fact_value) as facts, sum(fact_value) as value_sum,
                   sum(case when fact_value = 1 then 1 else 0 end) as yes,
                   count(numerator) as ratios, sum(numerator) as numerator_sum, sum(denominator) as denominator_sum
            from evaluation where period = ? group by indicator_code, scope""";

    private static final BigInteger HUNDRED_MILLION = BigInteger.valueOf(100_000_000);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    /** With transactions of its own from {@code transactions} (that of {@code jdbc}'s data source). */
    @Autowired
    public EvaluationTable(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public EvaluationTable(JdbcTemplate jdbc) {
        this(jdbc, new JdbcTransactionManager(jdbc.getDataSource()));
    }

    /**
     * Replaces the stored evaluations of {@code period} by these. Only the agencies whose rows differ
     * are deleted and inserted again, found by a digest of each agency's rows kept beside them (a run
     * after one new file changes one agency's rows or none, and H2 takes seconds to delete and insert
     * a national period's 85,000 rows); when most agencies changed, the period is rewritten whole.
     */
    public void replace(Period period, List<Evaluation> evaluations) {
        replace(period, evaluations, EvaluationDigests.of(evaluations).stored());
    }

    /**
     * As {@link #replace(Period, List)}, with the digests of the rows already made
     * ({@link EvaluationDigests#stored}).
     */
    public void replace(Period period, List<Evaluation> evaluations, Map<String, String> digests) {
        ownTransaction.executeWithoutResult(status -> replaceCommitted(period, evaluations, digests));
    }

    private void replaceCommitted(Period period, List<Evaluation> evaluations, Map<String, String> digests) {
        Map<String, String> stored = new HashMap<>();
        jdbc.query("select agency_code, digest from evaluation_digest where period = ?",
                rs -> {
                    stored.put(rs.getString(1), rs.getString(2));
                }, period.code());
        Set<String> changed = new TreeSet<>();
        digests.forEach((agency, digest) -> {
            if (!digest.equals(stored.get(agency))) {
                changed.add(agency);
            }
        });
        stored.keySet().stream().filter(agency -> !digests.containsKey(agency)).forEach(changed::add);
        if (changed.size() * 2 > Math.max(digests.size(), stored.size())) {
            jdbc.update("delete from evaluation where period = ?", period.code());
            jdbc.update("delete from evaluation_digest where period = ?", period.code());
            insert(period, evaluations);
            insertDigests(period, digests);
            return;
        }
        if (changed.isEmpty()) {
            return;
        }
        deleteAgencies("evaluation", period, changed);
        deleteAgencies("evaluation_digest", period, changed);
        insert(period, evaluations.stream().filter(e -> changed.contains(e.agency().code())).toList());
        Map<String, String> changedDigests = new LinkedHashMap<>(digests);
        changedDigests.keySet().retainAll(changed);
        insertDigests(period, changedDigests);
    }

    private void deleteAgencies(String table, Period period, Set<String> agencies) {
        List<String> codes = new ArrayList<>(agencies);
        for (int from = 0; from < codes.size(); from += 500) {
            List<String> part = codes.subList(from, Math.min(codes.size(), from + 500));
            List<Object> arguments = new ArrayList<>(List.of(period.code()));
            arguments.addAll(part);
            jdbc.update("delete from " + table + " where period = ? and agency_code in ("
                    + String.join(", ", Collections.nCopies(part.size(), "?")) + ")", arguments.toArray());
        }
    }

    private void insertDigests(Period period, Map<String, String> digests) {
        jdbc.batchUpdate("insert into evaluation_digest (period, agency_code, digest) values (?, ?, ?)",
                new ArrayList<>(digests.entrySet()), 1000, (ps, entry) -> {
                    ps.setString(1, period.code());
                    ps.setString(2, entry.getKey());
                    ps.setString(3, entry.getValue());
                });
    }

    private void insert(Period period, List<Evaluation> evaluations) {
        jdbc.batchUpdate(INSERT, evaluations, 1000, (ps, e) -> {
            Fact fact = e.fact();
            boolean ratio = fact != null && fact.hasRatio();
            ps.setString(1, period.code());
            ps.setString(2, e.agency().code());
            ps.setString(3, Scope.of(e.agency().kind()).name());
            ps.setString(4, e.indicator().areaCode());
            ps.setString(5, e.indicator().code());
            ps.setString(6, e.status().name());
            ps.setBigDecimal(7, e.points());
            ps.setBigDecimal(8, e.possiblePoints());
            ps.setBigDecimal(9, fact == null ? null : fact.value());
            ps.setBigDecimal(10, ratio ? fact.numerator() : null);
            ps.setBigDecimal(11, ratio ? fact.denominator() : null);
        });
    }

    /** Removes the evaluations of every period. */
    public void clear() {
        jdbc.update("delete from evaluation");
        jdbc.update("delete from evaluation_digest");
    }

    /**
     * Removes the evaluations of every period but these, before a publication scores these again,
     * so that a period left without data keeps none. The periods held are read from the digests, a
     * row per agency (a period's evaluations and their digests are written together; V8 dropped the
     * evaluations older databases kept without digests): the evaluations have no index, and a
     * statement that names no period of them reads all their rows.
     */
    public void keepOnly(Collection<Period> periods) {
        ownTransaction.executeWithoutResult(status -> keepCommitted(periods));
    }

    private void keepCommitted(Collection<Period> periods) {
        Set<String> kept = new HashSet<>();
        periods.forEach(period -> kept.add(period.code()));
        for (String stored : jdbc.queryForList("select distinct period from evaluation_digest", String.class)) {
            if (!kept.contains(stored)) {
                jdbc.update("delete from evaluation where period = ?", stored);
                jdbc.update("delete from evaluation_digest where period = ?", stored);
            }
        }
    }

    /**
     * Both sums of a period, each grouping query on its own connection: {@link #agencyPoints} on the
     * caller's, {@link #indicatorSums} on another thread's (a national period's are about half a
     * second each, while the other core has nothing to do).
     */
    Sums sums(Period period) {
        CompletableFuture<Map<IndicatorKey, IndicatorSums>> indicators =
                CompletableFuture.supplyAsync(() -> indicatorSums(period));
        Map<String, GroupPoints> agencies = agencyPoints(period);
        try {
            return new Sums(agencies, indicators.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    /** What {@link #sums} reads: points per agency code, sums per indicator × scope. */
    record Sums(Map<String, GroupPoints> agencyPoints, Map<IndicatorKey, IndicatorSums> indicators) {
    }

    /** Points per agency code; agencies without evaluations in the period are absent. */
    Map<String, GroupPoints> agencyPoints(Period period) {
        return groupPoints("agency_code", period);
    }

    /** The sums of each indicator code × scope (PROVINCE: both) holding at least one of its evaluations. */
    Map<IndicatorKey, IndicatorSums> indicatorSums(Period period) {
        Map<IndicatorKey, IndicatorSums> sums = new HashMap<>();
        jdbc.query(INDICATORS, rs -> {
            String code = rs.getString("indicator_code");
            IndicatorSums of = new IndicatorSums(rs.getInt("applicable"), rs.getInt("met"), rs.getInt("not_met"),
                    rs.getInt("missing"), rs.getInt("not_due"), rs.getInt("facts"),
                    plain(rs.getBigDecimal("value_sum")), rs.getInt("yes"), rs.getInt("ratios"),
                    plain(rs.getBigDecimal("numerator_sum")), plain(rs.getBigDecimal("denominator_sum")));
            sums.put(new IndicatorKey(code, Scope.valueOf(rs.getString("scope"))), of);
            sums.merge(new IndicatorKey(code, Scope.PROVINCE), of, IndicatorSums::plus);
        }, period.code());
        return sums;
    }

    record IndicatorKey(String indicatorCode, Scope scope) {
    }

    private Map<String, GroupPoints> groupPoints(String column, Period period) {
        Map<String, Map<String, GroupPoints.Points>> areas = new HashMap<>();
        Map<String, Integer> facts = new HashMap<>();
        jdbc.query(POINTS.formatted(column), rs -> {
            String group = rs.getString("grp");
            areas.computeIfAbsent(group, g -> new HashMap<>()).put(rs.getString("area_code"),
                    new GroupPoints.Points(plain(rs.getBigDecimal("earned")), plain(rs.getBigDecimal("possible"))));
            facts.merge(group, rs.getInt("facts"), Integer::sum);
        }, period.code());
        Map<String, GroupPoints> groups = new HashMap<>();
        areas.forEach((group, byArea) -> groups.put(group, GroupPoints.ofAreas(byArea, facts.get(group))));
        return groups;
    }

    /**
     * Sums come back with the column's 20 decimals; values are compared and shown without them. As
     * {@link BigDecimal#stripTrailingZeros}, which strips one zero at a time, each a division of a
     * number too long for a {@code long}: 48,000 sums of a national period took a tenth of a second so.
     * Eight zeros at a time first, then what is left.
     */
    static BigDecimal plain(BigDecimal n) {
        if (n == null) {
            return null;
        }
        BigInteger unscaled = n.unscaledValue();
        int scale = n.scale();
        while (scale >= 8) {
            BigInteger[] parts = unscaled.divideAndRemainder(HUNDRED_MILLION);
            if (parts[1].signum() != 0) {
                break;
            }
            unscaled = parts[0];
            scale -= 8;
        }
        return new BigDecimal(unscaled, scale).stripTrailingZeros();
    }
}
