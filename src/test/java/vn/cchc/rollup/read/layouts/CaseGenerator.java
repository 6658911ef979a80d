package vn.cchc.rollup.read.layouts;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Plan;

/**
 * Draws layout cases from the axes with a fixed seed, then makes each case possible in its file type
 * (no sheet name in a CSV, no percent format in Word, …). About one case in twelve is ambiguous on purpose.
 */
final class CaseGenerator {

    private final Plan plan;

    CaseGenerator(Plan plan) {
        this.plan = plan;
    }

    List<LayoutCase> cases(long seed, int count) {
        Random random = new Random(seed);
        List<LayoutCase> cases = new ArrayList<>();
        for (int id = 0; id < count; id++) {
            cases.add(fit(draw(id, random)));
        }
        return cases;
    }

    private LayoutCase draw(int id, Random random) {
        FileFormat format = switch (random.nextInt(20)) {
            case 0, 1, 2, 3, 4, 5, 6 -> FileFormat.XLSX;
            case 7, 8, 9, 10, 11, 12 -> FileFormat.XLSX_INLINE;
            case 13, 14, 15, 16 -> FileFormat.XLS;
            default -> FileFormat.CSV;
        };
        List<Agency> agencies = plan.agencies();
        Agency agency = agencies.get(random.nextInt(agencies.size()));
        PeriodSpec period = HeaderWords.pick(random, PeriodSpec.ALL);
        int ambiguity = random.nextInt(36);
        AgencyPlace agencyPlace = ambiguity == 0 ? AgencyPlace.NOWHERE : pick(random, AgencyPlace.values(), 1);
        PeriodPlace periodPlace = ambiguity == 1 ? PeriodPlace.NOWHERE : pick(random, PeriodPlace.values(), 1);
        TableAxes table = new TableAxes(HeaderWords.draw(random, Integer.parseInt(period.code().substring(0, 4))), pick(random, Spelling.values(), 0),
                pick(random, HeaderDepth.values(), 0), pick(random, ColumnOrder.values(), 0), random.nextBoolean(),
                random.nextInt(3) > 0, random.nextInt(4) == 0, ambiguity >= 2 && ambiguity <= 4, ambiguity == 3 || ambiguity == 4);
        BodyAxes body = new BodyAxes(pick(random, NameStyle.values(), 0), pick(random, ValueNotation.values(), 0),
                random.nextInt(3) == 0, random.nextInt(3) == 0, random.nextBoolean(), random.nextBoolean(),
                random.nextBoolean());
        ExtraSheets extra = random.nextInt(3) == 0 ? pick(random, ExtraSheets.values(), 0) : ExtraSheets.NONE;
        return new LayoutCase(id, format, agency, period, table, agencyPlace, periodPlace, body, extra,
                random.nextLong());
    }

    /** Makes the case writable in its format; the expected facts follow the fitted case. */
    static LayoutCase fit(LayoutCase c) {
        TableAxes t = c.table();
        HeaderDepth depth = t.depth() == HeaderDepth.THREE && !t.ratioColumns() ? HeaderDepth.TWO : t.depth();
        if (t.twinValues()) {
            depth = HeaderDepth.ONE;
        }
        HeaderWords words = c.periodPlace() == PeriodPlace.NOWHERE ? t.words().withoutYear() : t.words();
        if (t.byPeriod()) {
            words = PeriodHeadings.of(c.period(), new java.util.Random(c.seed())).apply(words);
        }
        TableAxes table = new TableAxes(words, t.spelling(), depth, t.order(), t.codeColumn(),
                t.ratioColumns() && !t.twinValues(), t.numberingRow(), t.twinValues(), t.byPeriod());
        BodyAxes b = c.body();
        NameStyle names = b.names() == NameStyle.CODE && t.codeColumn() ? NameStyle.FULL : b.names();
        boolean spreadsheet = c.format().hasSheets();
        ValueNotation notation = !spreadsheet && b.notation() == ValueNotation.PERCENT_CELL
                ? ValueNotation.TEXT_PERCENT : b.notation();
        BodyAxes body = new BodyAxes(names, notation, b.numbersAsText(), b.targetAsNumber(), b.areaRows(),
                b.totalRow(), b.signature());
        PeriodPlace periodPlace = !spreadsheet && c.periodPlace() == PeriodPlace.SHEET_NAME
                ? PeriodPlace.TITLE : c.periodPlace();
        ExtraSheets extra = c.format() == FileFormat.CSV ? ExtraSheets.NONE : c.extra();
        return new LayoutCase(c.id(), c.format(), c.agency(), c.period(), table, c.agencyPlace(), periodPlace,
                body, extra, c.seed());
    }

    /** A value of {@code values} other than the last {@code skipLast} ones (NOWHERE is drawn apart). */
    private static <T> T pick(Random random, T[] values, int skipLast) {
        return values[random.nextInt(values.length - skipLast)];
    }
}
