package vn.cchc.rollup.read.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.AgencyKind;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.catalog.Unit;
import vn.cchc.rollup.read.Layout;
import vn.cchc.rollup.read.ParsedReport;
import vn.cchc.rollup.read.ReportParser;

/**
 * Consolidations with a row per indicator and a column per agency, along the axes a clerk varies: agencies by
 * name, "UBND …", capitals or code; their columns alone, under a merged "Kết quả thực hiện", or each over
 * "Tử số | Mẫu số | Tỷ lệ"; unit, target, total and note columns or not; indicators by code or name, area headings,
 * the period in the title or on a label row; .xlsx, .xls, CSV or .docx. Every case reads to exactly its facts.
 */
@Tag("layouts")
class AcrossAgenciesGenTest {

    private static final int CASES = 90;
    private static final Plan PLAN = PlanLoader.builtIn();

    enum Heads { ALONE, UNDER_RESULT, OVER_RATIO }

    /** Denominators whose ratios end (100 × tử số / mẫu số has a finite decimal), so the exact fact is known. */
    private static final int[] DENOMINATORS = {40, 50, 64, 80, 125, 160, 200, 250};

    private final ReportParser parser = new ReportParser(PLAN);

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> columnsPerAgencyReadToTheirFacts() {
        return IntStream.range(0, CASES).mapToObj(seed -> DynamicTest.dynamicTest("case " + seed, () -> check(seed)));
    }

    private void check(int seed) throws IOException {
        Random random = new Random(seed * 6151L + 11);
        TableFile.Format format = TableFile.Format.values()[random.nextInt(TableFile.Format.values().length)];
        Heads heads = Heads.values()[random.nextInt(Heads.values().length)];
        int naming = random.nextInt(4);
        boolean unitAndTarget = random.nextBoolean();
        boolean totalColumn = heads != Heads.OVER_RATIO && random.nextBoolean();
        boolean noteColumn = random.nextBoolean();
        boolean indicatorCodes = random.nextInt(3) == 0;
        boolean areaHeadings = random.nextBoolean();
        boolean periodLabel = random.nextBoolean();
        AgencyKind kind = random.nextBoolean() ? AgencyKind.SO : AgencyKind.XA;

        List<Agency> shuffled = new ArrayList<>(PLAN.agencies(kind));
        Collections.shuffle(shuffled, random);
        List<Agency> agencies = shuffled.subList(0, 1 + random.nextInt(4));
        List<Indicator> indicators = new ArrayList<>(PLAN.indicators().stream()
                .filter(i -> agencies.stream().allMatch(a -> PLAN.indicatorsFor(a).contains(i))).toList());
        Collections.shuffle(indicators, random);
        indicators = new ArrayList<>(indicators.subList(0, 2 + random.nextInt(4)));
        indicators.sort(java.util.Comparator.comparing(Indicator::areaCode));

        TableFile table = new TableFile();
        table.add("UBND TỈNH HÀ TĨNH");
        table.add("SỞ NỘI VỤ");
        if (periodLabel) {
            table.add("BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH");
            table.add("Kỳ báo cáo: Quý III/2026");
        } else {
            table.add("BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2026");
        }
        table.add();

        List<Object> top = new ArrayList<>(List.of("STT", indicatorCodes ? "Mã chỉ tiêu" : HeaderWords.pick(random, "Chỉ tiêu", "Nội dung")));
        if (unitAndTarget) {
            top.add("ĐVT");
            top.add("Kế hoạch");
        }
        int firstAgency = top.size();
        int perAgency = heads == Heads.OVER_RATIO ? 3 : 1;
        List<Object> sub = new ArrayList<>(Collections.nCopies(firstAgency, null));
        for (int a = 0; a < agencies.size(); a++) {
            Object name = agencyText(agencies.get(a), naming);
            switch (heads) {
                case ALONE -> top.add(name);
                case UNDER_RESULT -> {
                    top.add(a == 0 ? HeaderWords.pick(random, "Kết quả thực hiện", "Kết quả", "Thực hiện") : null);
                    sub.add(name);
                }
                case OVER_RATIO -> {
                    top.add(name);
                    top.add(null);
                    top.add(null);
                    sub.add("Tử số");
                    sub.add("Mẫu số");
                    sub.add(HeaderWords.pick(random, "Tỷ lệ", "Tỷ lệ (%)", "Giá trị"));
                }
            }
        }
        if (totalColumn) {
            top.add(HeaderWords.pick(random, "Tổng cộng", "Toàn tỉnh", "Bình quân"));
        }
        if (noteColumn) {
            top.add("Ghi chú");
        }
        table.startTable();
        int headerRow = table.add(top.toArray());
        boolean twoRows = heads != Heads.ALONE;
        if (twoRows) {
            table.add(sub.toArray());
            int last = firstAgency + agencies.size() * perAgency - 1;
            if (format != TableFile.Format.CSV) {
                if (heads == Heads.UNDER_RESULT && agencies.size() > 1) {
                    table.merge(headerRow, headerRow, firstAgency, last);
                }
                if (heads == Heads.OVER_RATIO) {
                    for (int a = 0; a < agencies.size(); a++) {
                        table.merge(headerRow, headerRow, firstAgency + 3 * a, firstAgency + 3 * a + 2);
                    }
                }
                for (int c = 0; c < firstAgency; c++) {
                    table.merge(headerRow, headerRow + 1, c, c);
                }
            }
        }

        List<String> expected = new ArrayList<>();
        String lastArea = null;
        int number = 0;
        for (Indicator indicator : indicators) {
            if (areaHeadings && !indicator.areaCode().equals(lastArea)) {
                table.add(HeaderWords.pick(random, "I", "II", "III"), PLAN.area(indicator.areaCode()).name().toUpperCase(Locale.ROOT));
            }
            lastArea = indicator.areaCode();
            List<Object> row = new ArrayList<>(List.of(++number, indicatorCodes ? indicator.code() : indicator.name()));
            if (unitAndTarget) {
                row.add(indicator.unit() == Unit.PERCENT ? "%" : indicator.unit() == Unit.COUNT ? "tin, bài" : "Có/Không");
                row.add(indicator.unit() == Unit.YES_NO ? "Có" : "≥ 80%");
            }
            BigDecimal total = BigDecimal.ZERO;
            for (Agency agency : agencies) {
                boolean blank = random.nextInt(8) == 0;
                if (heads == Heads.OVER_RATIO) {
                    if (blank || indicator.unit() != Unit.PERCENT) {
                        row.add(null);
                        row.add(null);
                        row.add(blank || indicator.unit() == Unit.YES_NO ? (blank ? null : "Có") : 3);
                        if (!blank) {
                            expected.add(fact(agency, indicator, "", "", indicator.unit() == Unit.YES_NO ? "1" : "3"));
                        }
                        continue;
                    }
                    int denominator = DENOMINATORS[random.nextInt(DENOMINATORS.length)];
                    int numerator = denominator - random.nextInt(denominator / 4 + 1);
                    BigDecimal value = BigDecimal.valueOf(100L * numerator).divide(BigDecimal.valueOf(denominator), 1,
                            RoundingMode.HALF_UP);
                    row.add(numerator);
                    row.add(denominator);
                    row.add(random.nextBoolean() ? null : value.toPlainString().replace('.', ',') + "%");
                    expected.add(fact(agency, indicator, String.valueOf(numerator), String.valueOf(denominator),
                            BigDecimal.valueOf(100L * numerator).divide(BigDecimal.valueOf(denominator), 10, RoundingMode.UNNECESSARY)
                                    .stripTrailingZeros().toPlainString()));
                    continue;
                }
                if (blank) {
                    row.add(null);
                    continue;
                }
                Object written;
                String value;
                switch (indicator.unit()) {
                    case PERCENT -> {
                        BigDecimal v = BigDecimal.valueOf(600 + random.nextInt(401), 1);
                        written = random.nextBoolean() ? v : v.toPlainString().replace('.', ',') + "%";
                        value = v.stripTrailingZeros().toPlainString();
                        total = total.add(v);
                    }
                    case COUNT -> {
                        int v = random.nextInt(15);
                        written = v;
                        value = String.valueOf(v);
                        total = total.add(BigDecimal.valueOf(v));
                    }
                    default -> {
                        boolean yes = random.nextInt(3) > 0;
                        written = HeaderWords.pick(random, yes ? "Có" : "Không", yes ? "Đạt" : "Không đạt", yes ? "x" : "Không");
                        value = yes ? "1" : "0";
                    }
                }
                row.add(written);
                expected.add(fact(agency, indicator, "", "", value));
            }
            if (totalColumn) {
                row.add(indicator.unit() == Unit.YES_NO ? null : total);
            }
            table.add(row.toArray());
        }
        table.add();
        table.add(null, "NGƯỜI LẬP BIỂU");

        String name = "tong-hop-theo-don-vi-" + seed + TableFile.extension(format);
        Path file = table.write(format, dir.resolve(name), "Tổng hợp");
        ParsedReport parsed = parser.parse(file, name);
        String axes = "%s, heads %s, naming %d, unit/target %s, total %s, note %s, codes %s, areas %s, label %s, %d agencies"
                .formatted(format, heads, naming, unitAndTarget, totalColumn, noteColumn, indicatorCodes, areaHeadings,
                        periodLabel, agencies.size());
        assertThat(parsed.rejects()).as(axes).isEmpty();
        assertThat(parsed.layout()).as(axes).isEqualTo(Layout.ACROSS_AGENCIES);
        assertThat(parsed.facts().stream().map(ExpectedFact::key).sorted().toList()).as(axes)
                .isEqualTo(expected.stream().sorted().toList());
    }

    private static String fact(Agency agency, Indicator indicator, String numerator, String denominator, String value) {
        return String.join("|", agency.code(), "2026-Q3", indicator.code(), numerator, denominator, value);
    }

    private static String agencyText(Agency agency, int naming) {
        return switch (naming) {
            case 0 -> agency.name();
            case 1 -> (agency.kind() == AgencyKind.XA ? "UBND " : "") + agency.name();
            case 2 -> agency.name().toUpperCase(Locale.ROOT);
            default -> agency.code();
        };
    }
}
