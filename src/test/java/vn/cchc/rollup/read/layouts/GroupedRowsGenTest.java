package vn.cchc.rollup.read.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
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
import vn.cchc.rollup.catalog.Area;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.catalog.Unit;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.read.ParsedReport;
import vn.cchc.rollup.read.ReportParser;

/**
 * Long tables consolidated by hand for several agencies, where each agency (and each period) is written once for
 * its group of rows: on every row, on the group's first row with blanks below, merged down over the group, or on
 * a row of its own above it; with area headings inside the groups, the period in the title or in a column, agencies
 * by name or code, indicators by code or name, as .xlsx, .xls, CSV or .docx. Every case reads to exactly its facts.
 */
@Tag("layouts")
class GroupedRowsGenTest {

    private static final int CASES = 90;
    private static final Plan PLAN = PlanLoader.builtIn();

    enum Writing { EVERY_ROW, FIRST_ROW, MERGED_DOWN, HEADING_ROW }

    private final ReportParser parser = new ReportParser(PLAN);

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> groupedRowsReadToTheirFacts() {
        return IntStream.range(0, CASES).mapToObj(seed -> DynamicTest.dynamicTest("case " + seed, () -> check(seed)));
    }

    private void check(int seed) throws IOException {
        Random random = new Random(seed * 7919L + 3);
        TableFile.Format format = TableFile.Format.values()[random.nextInt(TableFile.Format.values().length)];
        Writing agencies = Writing.values()[random.nextInt(Writing.values().length)];
        if (format == TableFile.Format.CSV && agencies == Writing.MERGED_DOWN) {
            agencies = Writing.FIRST_ROW;
        }
        boolean periodColumn = random.nextBoolean();
        boolean periodOnce = periodColumn && random.nextBoolean();
        boolean areaHeadings = random.nextBoolean();
        boolean agencyCodes = random.nextInt(4) == 0;
        boolean indicatorCodes = random.nextBoolean();

        List<String> expected = new ArrayList<>();
        TableFile table = new TableFile();
        List<String> header = new ArrayList<>(List.of("STT", HeaderWords.pick(random, "Đơn vị", "Tên đơn vị", "Cơ quan, đơn vị")));
        if (periodColumn) {
            header.add(HeaderWords.pick(random, "Kỳ báo cáo", "Kỳ"));
        }
        header.add(indicatorCodes ? "Mã chỉ tiêu" : HeaderWords.pick(random, "Chỉ tiêu", "Nội dung", "Tên chỉ tiêu"));
        header.add(HeaderWords.pick(random, "Kết quả", "Thực hiện", "Kết quả thực hiện"));
        header.add("Ghi chú");
        table.add(periodColumn ? "TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH"
                : "TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2026");
        table.add();
        table.startTable();
        table.add(header.toArray());
        int width = header.size();
        int agencyColumn = 1;
        int periodColumnIndex = periodColumn ? 2 : -1;
        int indicatorColumn = width - 3;
        int valueColumn = width - 2;

        List<Agency> chosen = new ArrayList<>(PLAN.agencies());
        Collections.shuffle(chosen, random);
        int number = 0;
        for (Agency agency : chosen.subList(0, 2 + random.nextInt(3))) {
            number++;
            String agencyText = agencyCodes ? agency.code() : HeaderWords.pick(random, agency.name(), "UBND " + agency.name(),
                    agency.name().toUpperCase(java.util.Locale.ROOT));
            List<Period> periods = periodColumn && random.nextBoolean()
                    ? List.of(Period.quarter(2026, 1), Period.quarter(2026, 2)) : List.of(Period.quarter(2026, 1));
            int groupStart = table.size();
            if (agencies == Writing.HEADING_ROW) {
                Object[] heading = new Object[width];
                heading[0] = number;
                heading[agencyColumn] = agencyText;
                table.add(heading);
            }
            boolean agencyWritten = false;
            for (Period period : periods) {
                boolean periodWritten = false;
                String lastArea = null;
                List<Indicator> indicators = new ArrayList<>(PLAN.indicatorsFor(agency).stream()
                        .filter(i -> i.unit() != Unit.YES_NO).toList());
                Collections.shuffle(indicators, random);
                indicators = indicators.subList(0, 2 + random.nextInt(3));
                indicators.sort(java.util.Comparator.comparing(Indicator::areaCode));
                for (Indicator indicator : indicators) {
                    if (areaHeadings && !indicator.areaCode().equals(lastArea) && lastArea != null) {
                        Area area = PLAN.area(indicator.areaCode());
                        Object[] heading = new Object[width];
                        heading[0] = HeaderWords.pick(random, "II", "III", "IV");
                        heading[indicatorColumn] = area.name();
                        if (agencies == Writing.EVERY_ROW) {
                            heading[agencyColumn] = null;
                        }
                        table.add(heading);
                    }
                    lastArea = indicator.areaCode();
                    BigDecimal value = indicator.unit() == Unit.COUNT ? BigDecimal.valueOf(random.nextInt(20))
                            : BigDecimal.valueOf(500 + random.nextInt(501), 1);
                    Object[] cells = new Object[width];
                    cells[0] = agencies == Writing.HEADING_ROW ? null : number;
                    if (agencies == Writing.EVERY_ROW || (!agencyWritten && agencies != Writing.HEADING_ROW)) {
                        cells[agencyColumn] = agencyText;
                    }
                    agencyWritten = true;
                    if (periodColumn && (!periodOnce || !periodWritten)) {
                        cells[periodColumnIndex] = period.label();
                    }
                    periodWritten = true;
                    cells[indicatorColumn] = indicatorCodes ? indicator.code() : indicator.name();
                    cells[valueColumn] = value.doubleValue();
                    table.add(cells);
                    expected.add(String.join("|", agency.code(), period.code(), indicator.code(), "", "",
                            value.stripTrailingZeros().toPlainString()));
                }
            }
            if (agencies == Writing.MERGED_DOWN && table.size() - groupStart > 1) {
                table.merge(groupStart, table.size() - 1, agencyColumn, agencyColumn);
            }
        }

        String name = "tong-hop-" + seed + TableFile.extension(format);
        Path file = table.write(format, dir.resolve(name), "Tổng hợp");

        ParsedReport parsed = parser.parse(file, name);
        String axes = "%s, agencies %s, period %s, area headings %s, agency codes %s, indicator codes %s".formatted(
                format, agencies, periodColumn ? (periodOnce ? "once per group" : "every row") : "title",
                areaHeadings, agencyCodes, indicatorCodes);
        assertThat(parsed.rejects()).as(axes).isEmpty();
        assertThat(parsed.facts().stream().map(ExpectedFact::key).sorted().toList()).as(axes)
                .isEqualTo(expected.stream().sorted().toList());
    }
}
