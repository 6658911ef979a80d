package vn.cchc.rollup.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.AgencyKind;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.SourceRef;
import vn.cchc.rollup.normalize.Period;

/** The digests that name an agency's evaluations in the evaluation table and in the published keys. */
class EvaluationDigestsTest {

    private static final Plan PLAN = PlanLoader.builtIn();
    private static final Period Q1 = Period.quarter(2026, 1);

    private final Agency agency = PLAN.agencies().get(0);
    private final Indicator indicator = PLAN.indicatorsFor(agency).get(0);
    private final Indicator other = PLAN.indicatorsFor(agency).get(1);
    private final Fact fact = new Fact(agency.code(), Q1, indicator.code(), new BigDecimal("39"), new BigDecimal("40"),
            new BigDecimal("97.5"), "ghi chú", new SourceRef("So-Tu-phap/bao-cao.xlsx", "Báo cáo!E12"));
    private final Evaluation base = new Evaluation(agency, indicator, Q1, fact, new BigDecimal("95"), Status.MET,
            indicator.points());

    @Test
    void everyPartOfAnEvaluationAndOfItsFactChangesTheDigest() {
        List<Evaluation> variations = List.of(
                base,
                new Evaluation(new Agency(agency.code(), agency.name(), otherKind(agency.kind()), agency.aliases()),
                        indicator, Q1, fact, base.target(), Status.MET, base.points()),
                new Evaluation(agency, other, Q1, fact, base.target(), Status.MET, base.points()),
                new Evaluation(agency, withArea(indicator, "ZZ"), Q1, fact, base.target(), Status.MET, base.points()),
                new Evaluation(agency, indicator, Period.half(2026, 1), fact, base.target(), Status.MET, base.points()),
                new Evaluation(agency, indicator, Q1, null, base.target(), Status.MET, base.points()),
                new Evaluation(agency, indicator, Q1, fact, new BigDecimal("90"), Status.MET, base.points()),
                new Evaluation(agency, indicator, Q1, fact, null, Status.MET, base.points()),
                new Evaluation(agency, indicator, Q1, fact, base.target(), Status.NOT_MET, base.points()),
                new Evaluation(agency, indicator, Q1, fact, base.target(), Status.NOT_DUE, base.points()),
                new Evaluation(agency, indicator, Q1, fact, base.target(), Status.MET, BigDecimal.ZERO),
                new Evaluation(agency, withPoints(indicator, new BigDecimal("7.25")), Q1, fact, base.target(), Status.MET,
                        base.points()),
                withFact(new Fact("XA-KHAC", Q1, indicator.code(), fact.numerator(), fact.denominator(), fact.value(),
                        fact.note(), fact.source())),
                withFact(new Fact(agency.code(), Period.year(2026), indicator.code(), fact.numerator(), fact.denominator(),
                        fact.value(), fact.note(), fact.source())),
                withFact(new Fact(agency.code(), Q1, other.code(), fact.numerator(), fact.denominator(), fact.value(),
                        fact.note(), fact.source())),
                withFact(new Fact(agency.code(), Q1, indicator.code(), new BigDecimal("38"), fact.denominator(), fact.value(),
                        fact.note(), fact.source())),
                withFact(new Fact(agency.code(), Q1, indicator.code(), fact.numerator(), new BigDecimal("41"), fact.value(),
                        fact.note(), fact.source())),
                withFact(new Fact(agency.code(), Q1, indicator.code(), null, null, fact.value(), fact.note(), fact.source())),
                withFact(new Fact(agency.code(), Q1, indicator.code(), fact.numerator(), fact.denominator(),
                        new BigDecimal("97.50"), fact.note(), fact.source())),
                withFact(new Fact(agency.code(), Q1, indicator.code(), fact.numerator(), fact.denominator(), fact.value(),
                        null, fact.source())),
                withFact(new Fact(agency.code(), Q1, indicator.code(), fact.numerator(), fact.denominator(), fact.value(),
                        "ghi chú khác", fact.source())),
                withFact(new Fact(agency.code(), Q1, indicator.code(), fact.numerator(), fact.denominator(), fact.value(),
                        fact.note(), new SourceRef("So-Tu-phap/bao-cao (1).xlsx", "Báo cáo!E12"))),
                withFact(new Fact(agency.code(), Q1, indicator.code(), fact.numerator(), fact.denominator(), fact.value(),
                        fact.note(), new SourceRef("So-Tu-phap/bao-cao.xlsx", "Báo cáo!E13"))));
        Set<String> digests = new HashSet<>();
        for (Evaluation variation : variations) {
            digests.add(shown(List.of(variation)));
        }
        assertThat(digests).hasSameSizeAs(variations);
    }

    @Test
    void theStoredDigestChangesWithTheStoredRowsOnly() {
        String before = stored(List.of(base));
        // what the table does not keep: the target, the note, the source, the scale of a number
        assertThat(stored(List.of(new Evaluation(agency, indicator, Q1, new Fact(agency.code(), Q1, indicator.code(),
                fact.numerator(), fact.denominator(), new BigDecimal("97.500"), "ghi chú khác",
                new SourceRef("bao-cao-bo-sung.xlsx", "C9")), null, Status.MET, base.points().setScale(4)))))
                .isEqualTo(before);
        // what it keeps
        assertThat(List.of(
                stored(List.of(withFact(new Fact(agency.code(), Q1, indicator.code(), fact.numerator(), fact.denominator(),
                        new BigDecimal("97.4"), fact.note(), fact.source())))),
                stored(List.of(withFact(new Fact(agency.code(), Q1, indicator.code(), null, null, fact.value(), fact.note(),
                        fact.source())))),
                stored(List.of(new Evaluation(agency, indicator, Q1, fact, base.target(), Status.NOT_MET, base.points()))),
                stored(List.of(new Evaluation(agency, indicator, Q1, fact, base.target(), Status.MET, BigDecimal.ONE))),
                stored(List.of(new Evaluation(agency, other, Q1, fact, base.target(), Status.MET, base.points())))))
                .doesNotContain(before).doesNotHaveDuplicates();
    }

    @Test
    void aComponentAddedToAnEvaluationOrAFactMustBeWrittenByTheDigest() {
        // when one of these fails, write the new component in EvaluationDigests and add its variation above
        assertThat(names(Evaluation.class)).containsExactly("agency", "indicator", "period", "fact", "target", "status",
                "points");
        assertThat(names(Fact.class)).containsExactly("agencyCode", "period", "indicatorCode", "numerator", "denominator",
                "value", "note", "source");
        assertThat(names(SourceRef.class)).containsExactly("file", "location");
    }

    @Test
    void noTextCanPassForTheEndOfAnother() {
        Evaluation noteWithBar = withFact(new Fact(agency.code(), Q1, indicator.code(), null, null, BigDecimal.ONE, "a|1:b",
                new SourceRef("f.xlsx", "C3")));
        Evaluation fileWithBar = withFact(new Fact(agency.code(), Q1, indicator.code(), null, null, BigDecimal.ONE, "a",
                new SourceRef("b|6:f.xlsx", "C3")));
        assertThat(shown(List.of(noteWithBar))).isNotEqualTo(shown(List.of(fileWithBar)));
    }

    @Test
    void theOrderOfAnAgencysEvaluationsCounts() {
        Evaluation second = new Evaluation(agency, other, Q1, null, null, Status.MISSING, BigDecimal.ZERO);
        assertThat(shown(List.of(base, second))).isNotEqualTo(shown(List.of(second, base)));
        // a file named once for the values after it from the same file
        Evaluation fromOtherFile = new Evaluation(agency, other, Q1, new Fact(agency.code(), Q1, other.code(), null, null,
                BigDecimal.ONE, null, new SourceRef("khac.xlsx", "C5")), null, Status.MET, other.points());
        Evaluation fromSameFile = new Evaluation(agency, other, Q1, new Fact(agency.code(), Q1, other.code(), null, null,
                BigDecimal.ONE, null, new SourceRef(fact.source().file(), "C5")), null, Status.MET, other.points());
        assertThat(shown(List.of(base, fromOtherFile))).isNotEqualTo(shown(List.of(base, fromSameFile)));
    }

    @Test
    void eachAgencyHasTheDigestsOfItsOwnEvaluationsInTheirOrder() {
        Agency next = PLAN.agencies().get(1);
        Evaluation nextOwn = new Evaluation(next, PLAN.indicatorsFor(next).get(0), Q1, null, null, Status.MISSING,
                BigDecimal.ZERO);
        Evaluation second = new Evaluation(agency, other, Q1, null, null, Status.MISSING, BigDecimal.ZERO);

        EvaluationDigests digests = EvaluationDigests.of(List.of(base, nextOwn, second));

        assertThat(digests.shown().keySet()).containsExactlyInAnyOrder(agency.code(), next.code());
        assertThat(digests.stored().keySet()).containsExactlyInAnyOrder(agency.code(), next.code());
        assertThat(digests.shownOf(agency.code())).isEqualTo(shown(List.of(base, second)));
        assertThat(digests.stored().get(agency.code())).isEqualTo(stored(List.of(base, second)));
        assertThat(digests.shownOf(next.code())).isEqualTo(shown(List.of(nextOwn)));
        List<Evaluation> copies = new ArrayList<>();
        for (Evaluation e : List.of(base, nextOwn, second)) {
            copies.add(new Evaluation(e.agency(), e.indicator(), e.period(), e.fact(), e.target(), e.status(),
                    new BigDecimal(e.points().toString())));
        }
        assertThat(EvaluationDigests.of(copies)).as("same content, other objects").isEqualTo(digests);
        assertThat(digests.shownOf("XA-KHONG-CO")).isEqualTo(EvaluationDigests.NONE);
        assertThat(EvaluationDigests.NONE).isNotIn(digests.shown().values());
    }

    @Test
    void aNationalPeriodSharedAmongThreadsGivesEachAgencyTheDigestsItHasAlone() {
        List<Evaluation> national = new ArrayList<>();
        for (int i = 0; i < 2_345; i++) {
            Agency xa = new Agency(String.format("XA-%05d", i), "Xã " + i, AgencyKind.XA, List.of());
            for (Indicator each : List.of(indicator, other)) {
                national.add(new Evaluation(xa, each, Q1, new Fact(xa.code(), Q1, each.code(), null, null,
                        BigDecimal.valueOf(i), null, new SourceRef("xa-" + i + ".xlsx", "C" + i)), null, Status.MET,
                        each.points()));
            }
        }

        EvaluationDigests digests = EvaluationDigests.of(national);

        assertThat(digests.shown()).hasSize(2_345);
        for (int i = 0; i < national.size(); i += 2) {
            List<Evaluation> own = national.subList(i, i + 2);
            assertThat(digests.shownOf(own.get(0).agency().code())).isEqualTo(shown(own));
            assertThat(digests.stored().get(own.get(0).agency().code())).isEqualTo(stored(own));
        }
        assertThat(new HashSet<>(digests.shown().values())).hasSize(2_345);
    }

    private static String shown(List<Evaluation> own) {
        return EvaluationDigests.of(own).shownOf(own.get(0).agency().code());
    }

    private static String stored(List<Evaluation> own) {
        return EvaluationDigests.of(own).stored().get(own.get(0).agency().code());
    }

    private Evaluation withFact(Fact changed) {
        return new Evaluation(agency, indicator, Q1, changed, base.target(), Status.MET, base.points());
    }

    private static AgencyKind otherKind(AgencyKind kind) {
        return Arrays.stream(AgencyKind.values()).filter(k -> Scope.of(k) != Scope.of(kind)).findFirst().orElseThrow();
    }

    private static Indicator withArea(Indicator i, String area) {
        return new Indicator(i.code(), area, i.name(), i.unit(), i.comparator(), i.target(), i.appliesTo(), i.rollup(),
                i.targetBasis(), i.points(), i.aliases());
    }

    private static Indicator withPoints(Indicator i, BigDecimal points) {
        return new Indicator(i.code(), i.areaCode(), i.name(), i.unit(), i.comparator(), i.target(), i.appliesTo(),
                i.rollup(), i.targetBasis(), points, i.aliases());
    }

    private static List<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
