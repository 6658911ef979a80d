package vn.cchc.rollup.read.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * by name or code, indicators by code or name, as .xlsx, .xls or CSV. Every case reads to exactly its facts.
 */
@Tag("layouts")
class GroupedRowsGenTest {

    private static final int CASES = 90;
    private static final Plan PLAN = PlanLoader.builtIn();

    enum Writing { EVERY_ROW, FIRST_ROW, MERGED_DOWN, HEADING_ROW }

    enum Format { XLSX, XLS, CSV }

    /** One row of the table as typed, null where the cell is left empty. */
    private record Line(Object[] cells) {
    }

    /** A row span to merge down in one column (Excel formats only). */
    private record Merge(int firstLine, int lastLine, int column) {
    }

    private final ReportParser parser = new ReportParser(PLAN);

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> groupedRowsReadToTheirFacts() {
        return IntStream.range(0, CASES).mapToObj(seed -> DynamicTest.dynamicTest("case " + seed, () -> check(seed)));
    }

    private void check(int seed) throws IOException {
        Random random = new Random(seed * 7919L + 3);
        Format format = Format.values()[random.nextInt(Format.values().length)];
        Writing agencies = Writing.values()[random.nextInt(Writing.values().length)];
        if (format == Format.CSV && agencies == Writing.MERGED_DOWN) {
            agencies = Writing.FIRST_ROW;
        }
        boolean periodColumn = random.nextBoolean();
        boolean periodOnce = periodColumn && random.nextBoolean();
        boolean areaHeadings = random.nextBoolean();
        boolean agencyCodes = random.nextInt(4) == 0;
        boolean indicatorCodes = random.nextBoolean();

        List<String> expected = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        List<Merge> merges = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("STT", pick(random, "Đơn vị", "Tên đơn vị", "Cơ quan, đơn vị")));
        if (periodColumn) {
            header.add(pick(random, "Kỳ báo cáo", "Kỳ"));
        }
        header.add(indicatorCodes ? "Mã chỉ tiêu" : pick(random, "Chỉ tiêu", "Nội dung", "Tên chỉ tiêu"));
        header.add(pick(random, "Kết quả", "Thực hiện", "Kết quả thực hiện"));
        header.add("Ghi chú");
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
            String agencyText = agencyCodes ? agency.code() : pick(random, agency.name(), "UBND " + agency.name(),
                    agency.name().toUpperCase(java.util.Locale.ROOT));
            List<Period> periods = periodColumn && random.nextBoolean()
                    ? List.of(Period.quarter(2026, 1), Period.quarter(2026, 2)) : List.of(Period.quarter(2026, 1));
            int groupStart = lines.size();
            if (agencies == Writing.HEADING_ROW) {
                Object[] heading = new Object[width];
                heading[0] = number;
                heading[agencyColumn] = agencyText;
                lines.add(new Line(heading));
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
                        heading[0] = pick(random, "II", "III", "IV");
                        heading[indicatorColumn] = area.name();
                        if (agencies == Writing.EVERY_ROW) {
                            heading[agencyColumn] = null;
                        }
                        lines.add(new Line(heading));
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
                    lines.add(new Line(cells));
                    expected.add(String.join("|", agency.code(), period.code(), indicator.code(), "", "",
                            value.stripTrailingZeros().toPlainString()));
                }
            }
            if (agencies == Writing.MERGED_DOWN && lines.size() - groupStart > 1) {
                merges.add(new Merge(groupStart, lines.size() - 1, agencyColumn));
            }
        }

        String title = periodColumn ? "TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH"
                : "TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2026";
        String name = "tong-hop-" + seed + switch (format) {
            case XLSX -> ".xlsx";
            case XLS -> ".xls";
            case CSV -> ".csv";
        };
        Path file = dir.resolve(name);
        if (format == Format.CSV) {
            writeCsv(file, title, header, lines);
        } else {
            writeWorkbook(format == Format.XLSX ? new XSSFWorkbook() : new HSSFWorkbook(), file, title, header, lines, merges);
        }

        ParsedReport parsed = parser.parse(file, name);
        String axes = "%s, agencies %s, period %s, area headings %s, agency codes %s, indicator codes %s".formatted(
                format, agencies, periodColumn ? (periodOnce ? "once per group" : "every row") : "title",
                areaHeadings, agencyCodes, indicatorCodes);
        assertThat(parsed.rejects()).as(axes).isEmpty();
        assertThat(parsed.facts().stream().map(ExpectedFact::key).sorted().toList()).as(axes)
                .isEqualTo(expected.stream().sorted().toList());
    }

    private static void writeCsv(Path file, String title, List<String> header, List<Line> lines) throws IOException {
        try (CSVPrinter out = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
            out.printRecord(title);
            out.printRecord(header);
            for (Line line : lines) {
                out.printRecord(Stream.of(line.cells()).map(c -> c == null ? ""
                        : c instanceof Double d ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString().replace('.', ',')
                        : c.toString()).toList());
            }
        }
    }

    private static void writeWorkbook(Workbook book, Path file, String title, List<String> header, List<Line> lines,
                                      List<Merge> merges) throws IOException {
        Sheet sheet = book.createSheet("Tổng hợp");
        sheet.createRow(0).createCell(0).setCellValue(title);
        Row head = sheet.createRow(2);
        for (int c = 0; c < header.size(); c++) {
            head.createCell(c).setCellValue(header.get(c));
        }
        for (int i = 0; i < lines.size(); i++) {
            Row row = sheet.createRow(3 + i);
            Object[] cells = lines.get(i).cells();
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (cells[c] != null) {
                    row.createCell(c).setCellValue(cells[c].toString());
                }
            }
        }
        for (Merge merge : merges) {
            sheet.addMergedRegion(new CellRangeAddress(3 + merge.firstLine(), 3 + merge.lastLine(), merge.column(), merge.column()));
        }
        ClerkSheet.save(book, file);
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }
}
