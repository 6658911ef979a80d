package vn.cchc.rollup.read.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.catalog.Unit;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.read.ParsedReport;
import vn.cchc.rollup.read.ReportParser;

/**
 * One agency's cumulative report: each period a group of columns ("Quý I/2026" over "Tử số | Mẫu số | Tỷ lệ"),
 * the report's own period among them, in any order, with or without the year, under a merged "Kết quả thực
 * hiện" or not; the period named in the title or on a label row; .xlsx, .xls, CSV or .docx. Only the report's own
 * period's group is read, to exactly its facts; a row blank there reports nothing.
 */
@Tag("layouts")
class PeriodGroupsGenTest {

    private static final int CASES = 60;
    private static final Plan PLAN = PlanLoader.builtIn();
    private static final int[] DENOMINATORS = {40, 50, 80, 100, 125, 200, 250};
    private static final List<Period> REPORTED = List.of(Period.quarter(2026, 1), Period.quarter(2026, 2),
            Period.half(2026, 1), Period.quarter(2026, 3), Period.nineMonths(2026));

    enum Subs { RATIO, RATIO_AND_RATE, VALUE_ONLY }

    private final ReportParser parser = new ReportParser(PLAN);

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> periodGroupsReadTheReportsOwnPeriod() {
        return IntStream.range(0, CASES).mapToObj(seed -> DynamicTest.dynamicTest("case " + seed, () -> check(seed)));
    }

    private void check(int seed) throws IOException {
        Random random = new Random(seed * 4099L + 5);
        TableFile.Format format = TableFile.Format.values()[random.nextInt(TableFile.Format.values().length)];
        Subs subs = Subs.values()[random.nextInt(Subs.values().length)];
        boolean resultGroup = random.nextBoolean();
        boolean withYear = random.nextBoolean();
        boolean label = random.nextBoolean();
        Period reported = REPORTED.get(random.nextInt(REPORTED.size()));
        List<Period> periods = new ArrayList<>(List.of(reported));
        for (Period other : List.of(Period.quarter(2026, 1), Period.quarter(2026, 2), Period.quarter(2026, 3),
                Period.half(2026, 1))) {
            if (!other.equals(reported) && periods.size() < 3 && random.nextBoolean()) {
                periods.add(other);
            }
        }
        if (periods.size() == 1) {
            periods.add(reported.equals(Period.quarter(2026, 1)) ? Period.quarter(2026, 2) : Period.quarter(2026, 1));
        }
        Collections.shuffle(periods, random);
        List<Agency> agencies = PLAN.agencies();
        Agency agency = agencies.get(random.nextInt(agencies.size()));
        List<Indicator> indicators = new ArrayList<>(PLAN.indicatorsFor(agency).stream()
                .filter(i -> i.unit() == Unit.PERCENT || subs == Subs.VALUE_ONLY && i.unit() == Unit.COUNT).toList());
        Collections.shuffle(indicators, random);
        indicators = indicators.subList(0, 2 + random.nextInt(4));

        TableFile table = new TableFile();
        table.add("Đơn vị báo cáo: " + agency.name());
        table.add(label ? "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH"
                : "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH " + reported.label().toUpperCase(java.util.Locale.ROOT));
        if (label) {
            table.add("Kỳ báo cáo: " + reported.label());
        }
        table.add();
        int width = subs == Subs.RATIO ? 2 : subs == Subs.RATIO_AND_RATE ? 3 : 1;
        int first = 2;
        List<Object> result = new ArrayList<>(List.of("STT", "Chỉ tiêu"));
        List<Object> heads = new ArrayList<>(Collections.nCopies(first, null));
        List<Object> names = new ArrayList<>(Collections.nCopies(first, null));
        for (Period period : periods) {
            for (int k = 0; k < width; k++) {
                result.add(k == 0 && heads.size() == first ? "Kết quả thực hiện" : null);
                heads.add(k == 0 ? heading(period, withYear) : null);
                names.add(switch (subs) {
                    case RATIO -> k == 0 ? "Tử số" : "Mẫu số";
                    case RATIO_AND_RATE -> k == 0 ? "Tử số" : k == 1 ? "Mẫu số" : "Tỷ lệ (%)";
                    case VALUE_ONLY -> null;
                });
            }
        }
        table.startTable();
        List<Integer> headerRows = new ArrayList<>();
        if (resultGroup) {
            headerRows.add(table.add(result.toArray()));
            heads.set(0, null);
            heads.set(1, null);
        } else {
            heads.set(0, "STT");
            heads.set(1, "Chỉ tiêu");
        }
        headerRows.add(table.add(heads.toArray()));
        if (subs != Subs.VALUE_ONLY) {
            headerRows.add(table.add(names.toArray()));
        }
        if (format != TableFile.Format.CSV) {
            int top = headerRows.get(0);
            int bottom = headerRows.get(headerRows.size() - 1);
            int last = first + periods.size() * width - 1;
            if (resultGroup) {
                table.merge(top, top, first, last);
            }
            if (width > 1) {
                int row = headerRows.get(resultGroup ? 1 : 0);
                for (int p = 0; p < periods.size(); p++) {
                    table.merge(row, row, first + p * width, first + p * width + width - 1);
                }
            }
            if (bottom > top) {
                table.merge(top, bottom, 0, 0);
                table.merge(top, bottom, 1, 1);
            }
        }

        List<String> expected = new ArrayList<>();
        int number = 0;
        for (Indicator indicator : indicators) {
            List<Object> row = new ArrayList<>(List.of(++number, indicator.name()));
            boolean blankOwn = random.nextInt(6) == 0;
            for (Period period : periods) {
                boolean blank = period.equals(reported) ? blankOwn : random.nextInt(5) == 0;
                if (blank) {
                    row.addAll(Collections.nCopies(width, null));
                    continue;
                }
                String fact;
                if (subs == Subs.VALUE_ONLY) {
                    BigDecimal value = indicator.unit() == Unit.COUNT ? BigDecimal.valueOf(random.nextInt(12))
                            : BigDecimal.valueOf(600 + random.nextInt(401), 1);
                    row.add(value);
                    fact = "||" + value.stripTrailingZeros().toPlainString();
                } else {
                    int denominator = DENOMINATORS[random.nextInt(DENOMINATORS.length)];
                    int numerator = denominator - random.nextInt(denominator / 4 + 1);
                    BigDecimal rate = BigDecimal.valueOf(100L * numerator).divide(BigDecimal.valueOf(denominator), 10,
                            RoundingMode.UNNECESSARY);
                    row.add(numerator);
                    row.add(denominator);
                    if (subs == Subs.RATIO_AND_RATE) {
                        row.add(rate.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + "%");
                    }
                    fact = numerator + "|" + denominator + "|" + rate.stripTrailingZeros().toPlainString();
                }
                if (period.equals(reported)) {
                    expected.add(String.join("|", agency.code(), reported.code(), indicator.code(), fact));
                }
            }
            table.add(row.toArray());
        }

        String name = "bao-cao-luy-ke-" + seed + TableFile.extension(format);
        Path file = table.write(format, dir.resolve(name), "Bieu 01");
        ParsedReport parsed = parser.parse(file, name);
        String axes = "%s, %s, result group %s, year %s, label %s, reported %s, periods %s".formatted(format, subs,
                resultGroup, withYear, label, reported.code(), periods.stream().map(Period::code).toList());
        assertThat(parsed.rejects()).as(axes).isEmpty();
        assertThat(parsed.facts().stream().map(ExpectedFact::key).sorted().toList()).as(axes)
                .isEqualTo(expected.stream().sorted().toList());
    }

    /** "Quý I/2026" or "Quý I", "6 tháng đầu năm 2026" or "6 tháng", "9 tháng năm 2026" or "9 tháng". */
    private static String heading(Period period, boolean withYear) {
        String label = period.label();
        return withYear ? label : label.replace("/2026", "").replace(" năm 2026", "").replace(" đầu năm", "");
    }
}
