package vn.cchc.rollup.read.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.normalize.VietText;

/** The generator itself is right: files read back with POI hold what the generator says. */
class GeneratorSelfTest {

    private final Plan plan = PlanLoader.builtIn();
    private final List<LayoutCase> cases = new CaseGenerator(plan).cases(LayoutGenTest.SEED, LayoutGenTest.COUNT);
    private final LayoutFiles files = new LayoutFiles(plan);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = FileFormat.class, names = {"XLSX", "XLSX_INLINE", "XLS"})
    void spreadsheetCellsAndMergesAreWhatTheGeneratorSays(FileFormat format) throws Exception {
        for (LayoutCase layout : sample(format)) {
            GeneratedReport report = files.write(layout, dir);
            List<Page> pages = SheetComposer.pages(report.content());
            try (Workbook workbook = WorkbookFactory.create(report.file().toFile(), null, true)) {
                assertThat(workbook.getNumberOfSheets()).isEqualTo(pages.size());
                for (int s = 0; s < pages.size(); s++) {
                    assertSheet(workbook.getSheetAt(s), pages.get(s), layout);
                }
            }
        }
    }

    @Test
    void inlineStringsAreInlineAndThereIsNoSharedStringsPart() throws Exception {
        GeneratedReport report = files.write(sample(FileFormat.XLSX_INLINE).get(0), dir);
        try (ZipFile zip = new ZipFile(report.file().toFile())) {
            assertThat(zip.getEntry("xl/sharedStrings.xml")).isNull();
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(sheet).contains("t=\"inlineStr\"").doesNotContain("t=\"s\"");
        }
    }

    @Test
    void csvRowsAreThePageAsShown() throws Exception {
        for (LayoutCase layout : sample(FileFormat.CSV)) {
            GeneratedReport report = files.write(layout, dir);
            Page page = SheetComposer.reportPage(report.content());
            byte[] bytes = Files.readAllBytes(report.file());
            assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
            try (Reader in = Files.newBufferedReader(report.file(), StandardCharsets.UTF_8)) {
                assertThat(in.read()).isEqualTo(0xFEFF);
                List<CSVRecord> records = CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(in).getRecords();
                assertThat(records).hasSize(page.rows().size());
                for (int r = 0; r < records.size(); r++) {
                    for (int c = 0; c < page.width(); c++) {
                        assertThat(records.get(r).get(c)).as("row %d col %d", r, c).isEqualTo(page.cell(r, c).shown());
                    }
                }
            }
        }
    }

    @Test
    void wordTableHoldsTheHeaderWithGridSpanAndVMergeAndTheBody() throws Exception {
        for (LayoutCase layout : sample(FileFormat.DOCX)) {
            GeneratedReport report = files.write(layout, dir);
            ReportContent content = report.content();
            try (InputStream in = Files.newInputStream(report.file()); XWPFDocument doc = new XWPFDocument(in)) {
                XWPFTable table = doc.getTables().stream()
                        .filter(t -> t.getRows().size() == content.header().height() + content.body().size())
                        .findFirst().orElseThrow();
                List<List<Cell>> rows = new ArrayList<>(content.header().rows());
                rows.addAll(content.body());
                for (int r = 0; r < rows.size(); r++) {
                    List<String> expected = new ArrayList<>();
                    int spanned = 0;
                    for (int c = 0; c < content.columns().size(); c++) {
                        int col = c;
                        int row = r;
                        Merge merge = content.header().merges().stream().filter(m -> m.covers(row, col)).findFirst().orElse(null);
                        if (merge != null && c != merge.firstCol()) {
                            continue;
                        }
                        boolean origin = merge == null || r == merge.firstRow();
                        expected.add(origin ? rows.get(r).get(c).shown() : "");
                        spanned += merge == null ? 1 : merge.lastCol() - merge.firstCol() + 1;
                    }
                    XWPFTableRow row = table.getRow(r);
                    assertThat(row.getTableCells().stream().map(XWPFTableCell::getText).toList())
                            .as("%s row %d", layout, r).isEqualTo(expected.stream().map(s -> s.replace("\n", "\n")).toList());
                    assertThat(row.getTableCells().stream().mapToInt(GeneratorSelfTest::span).sum()).isEqualTo(spanned);
                }
                if (layout.agencyPlace() == AgencyPlace.LETTERHEAD) {
                    assertThat(doc.getTables().get(0).getRow(0).getCell(0).getText())
                            .contains(content.letterLeft().get(1));
                }
            }
        }
    }

    @Test
    void agencyAndPeriodAreWhereTheCaseSaysAndNowhereElse() {
        for (LayoutCase layout : cases) {
            GeneratedReport report = files.draft(layout, dir);
            ReportContent content = report.content();
            String everything = VietText.fold(SheetComposer.pages(content).stream()
                    .flatMap(p -> p.rows().stream()).flatMap(List::stream)
                    .map(Cell::shown).collect(Collectors.joining(" | ")) + " | " + content.sheetName() + " | " + report.relative());
            String year = layout.period().code().substring(0, 4);
            if (layout.periodPlace() == PeriodPlace.NOWHERE) {
                assertThat(everything).as(layout.toString()).doesNotContain(year);
            }
            if (layout.periodPlace() == PeriodPlace.SHEET_NAME) {
                assertThat(layout.period().sheet()).contains(content.sheetName());
            }
            if (layout.periodPlace() == PeriodPlace.TITLE) {
                assertThat(content.titleLines().get(content.titleLines().size() - 1)).endsWith(layout.period().title());
            }
            // the area heading "Xây dựng và phát triển chính quyền điện tử" is not Sở Xây dựng
            String letters = everything.replaceAll("[^a-z]", "").replace("xaydungvaphattrien", "");
            String place = letters(layout.agency().name()).replaceFirst("^(so|xa|phuong)", "");
            if (layout.agencyPlace() == AgencyPlace.NOWHERE) {
                assertThat(letters).as(layout.toString()).doesNotContain(place);
            } else {
                assertThat(layout.agency().aliases().stream().map(GeneratorSelfTest::letters).anyMatch(letters::contains)
                        || letters.contains(place)).as(layout.toString()).isTrue();
            }
        }
    }

    @Test
    void expectedFactsAreConsistentAndTheFilesAreDistinct() {
        Set<ReportContent> distinct = new HashSet<>();
        for (LayoutCase layout : cases) {
            GeneratedReport report = files.draft(layout, dir);
            distinct.add(report.content());
            for (ExpectedFact fact : report.expected()) {
                if (fact.numerator() != null) {
                    assertThat(fact.value().multiply(fact.denominator()))
                            .isEqualByComparingTo(fact.numerator().multiply(BigDecimal.valueOf(100)));
                }
            }
            if (!layout.ambiguous()) {
                assertThat(report.expected()).as(layout.toString()).hasSizeGreaterThanOrEqualTo(3);
            }
        }
        assertThat(distinct).hasSizeGreaterThanOrEqualTo(500);
        assertThat(cases.stream().filter(LayoutCase::ambiguous).count()).isBetween(20L, 80L);
    }

    @Test
    void vietnameseNotationGroupsThousandsWithADotAndUsesADecimalComma() {
        assertThat(VietNotation.of(new BigDecimal("1250"))).isEqualTo("1.250");
        assertThat(VietNotation.of(new BigDecimal("1250.50"))).isEqualTo("1.250,5");
        assertThat(VietNotation.of(new BigDecimal("95.5"))).isEqualTo("95,5");
        assertThat(VietNotation.of(new BigDecimal("100.00"))).isEqualTo("100");
    }

    @Test
    void everyShortNameLeavesWordsOutOfItsIndicatorsNameAndAddsNone() {
        for (var indicator : plan.indicators()) {
            List<String> full = words(indicator.name());
            List<String> shortName = words(ShortNames.of(indicator.code()));
            assertThat(full).as(indicator.code()).containsAll(shortName);
            assertThat(shortName.size()).as(indicator.code()).isLessThan(full.size());
        }
    }

    private static List<String> words(String text) {
        return List.of(VietText.fold(text).split("[^a-z0-9:]+"));
    }

    private static String letters(String text) {
        return VietText.fold(text).replaceAll("[^a-z]", "");
    }

    private List<LayoutCase> sample(FileFormat format) {
        return cases.stream().limit(16).map(c -> CaseGenerator.fit(c.withFormat(format))).toList();
    }

    private static int span(XWPFTableCell cell) {
        var properties = cell.getCTTc().getTcPr();
        return properties != null && properties.isSetGridSpan() ? properties.getGridSpan().getVal().intValue() : 1;
    }

    private static void assertSheet(Sheet sheet, Page page, LayoutCase layout) {
        assertThat(sheet.getSheetName()).isEqualTo(page.name());
        for (int r = 0; r < page.rows().size(); r++) {
            Row row = sheet.getRow(r);
            for (int c = 0; c < page.rows().get(r).size(); c++) {
                Cell cell = page.cell(r, c);
                org.apache.poi.ss.usermodel.Cell actual = row == null ? null : row.getCell(c);
                String at = "%s %s!%d,%d".formatted(layout, page.name(), r, c);
                if (cell.isEmpty()) {
                    assertThat(actual == null || actual.getCellType() == CellType.BLANK).as(at).isTrue();
                    continue;
                }
                switch (cell.kind()) {
                    case TEXT -> assertThat(actual.getStringCellValue()).as(at).isEqualTo(cell.text());
                    case NUMBER -> {
                        assertThat(actual.getCellType()).as(at).isEqualTo(CellType.NUMERIC);
                        assertThat(BigDecimal.valueOf(actual.getNumericCellValue())).as(at).isEqualByComparingTo(cell.number());
                    }
                    case PERCENT -> {
                        assertThat(BigDecimal.valueOf(actual.getNumericCellValue())).as(at).isEqualByComparingTo(cell.number());
                        assertThat(actual.getCellStyle().getDataFormatString()).as(at).contains("%");
                    }
                }
            }
        }
        Set<String> merges = new HashSet<>();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            merges.add(range.formatAsString());
        }
        assertThat(merges).isEqualTo(page.merges().stream()
                .map(m -> new CellRangeAddress(m.firstRow(), m.lastRow(), m.firstCol(), m.lastCol()).formatAsString())
                .collect(Collectors.toSet()));
    }
}
