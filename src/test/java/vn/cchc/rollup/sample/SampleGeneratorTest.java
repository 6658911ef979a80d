package vn.cchc.rollup.sample;

import static org.junit.jupiter.api.Assertions.*;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.normalize.PeriodParser;

class SampleGeneratorTest {

    private static final Plan PLAN = PlanLoader.builtIn();
    private static final List<Period> PERIODS = List.of(Period.quarter(2026, 1), Period.half(2026, 1));
    private static final long SEED = 20260401L;

    @TempDir
    static Path shared;
    static Path reports;
    static SampleManifest manifest;

    @BeforeAll
    static void generateOnce() throws Exception {
        reports = shared.resolve("reports");
        manifest = SampleGenerator.generateWithManifest(PLAN, PERIODS, reports, SEED);
    }

    @Test
    void sameSeedGivesIdenticalBytesInEveryFile(@TempDir Path other) throws Exception {
        Thread.sleep(1100);
        List<String> lines = SampleGenerator.generate(PLAN, PERIODS, other, SEED);
        assertEquals(manifest.lines(), lines);
        List<Path> first = files(reports);
        List<Path> second = files(other);
        assertEquals(first.stream().map(p -> reports.relativize(p).toString()).toList(),
                second.stream().map(p -> other.relativize(p).toString()).toList());
        assertTrue(first.size() > 20, "files: " + first.size());
        for (Path file : first) {
            Path twin = other.resolve(reports.relativize(file).toString());
            assertEquals(-1L, Files.mismatch(file, twin), "bytes differ: " + file);
        }
    }

    @Test
    void anotherSeedGivesOtherFigures(@TempDir Path other) throws Exception {
        SampleGenerator.generate(PLAN, List.of(PERIODS.get(0)), other, SEED + 1);
        Path mine = reports.resolve("2026-Q1/SO-NOIVU_BC-CCHC_2026-Q1.xlsx");
        Path theirs = other.resolve("2026-Q1/SO-NOIVU_BC-CCHC_2026-Q1.xlsx");
        if (Files.exists(mine) && Files.exists(theirs)) {
            assertNotEquals(-1L, Files.mismatch(mine, theirs));
        } else {
            assertNotEquals(manifest.lines(), SampleGenerator.generate(PLAN, PERIODS, other.resolve("x"), SEED + 1));
        }
    }

    @Test
    void everyLayoutComesInEveryFileTypeInEachPeriod() throws Exception {
        for (Period period : PERIODS) {
            Set<String> combos = new HashSet<>();
            for (SampleManifest.WrittenFile file : manifest.files()) {
                if (file.path().startsWith(period.code() + "/") && file.layout() != null) {
                    combos.add(file.layout() + "/" + file.format());
                    Path path = reports.resolve(file.path());
                    assertTrue(path.getFileName().toString().endsWith("." + file.format().extension()), file.path());
                    assertTrue(Files.size(path) > 100, file.path());
                }
            }
            for (SampleLayout layout : SampleLayout.values()) {
                for (FileFormat format : List.of(FileFormat.XLSX, FileFormat.XLS, FileFormat.CSV)) {
                    assertTrue(combos.contains(layout + "/" + format), period + " lacks " + layout + "/" + format);
                }
            }
            // departments reporting in the Word form
            assertEquals(SampleGenerator.SO_AS_DOCX, manifest.files().stream().filter(f -> f.path().startsWith(period.code() + "/")
                    && f.layout() == SampleLayout.TEMPLATE && f.format() == FileFormat.DOCX).count(), period.code());
            assertFalse(combos.contains("LONG/DOCX") || combos.contains("WIDE/DOCX"), combos.toString());
        }
    }

    @Test
    void everyAgencyReportsOrIsListedAsNotReporting() {
        Set<String> all = PLAN.agencies().stream().map(Agency::code).collect(Collectors.toSet());
        for (Period period : PERIODS) {
            Set<String> reporting = manifest.reporting().get(period.code());
            List<String> silent = manifest.nonReporting().get(period.code());
            assertTrue(silent.size() >= 2 && silent.size() <= 3, "silent: " + silent);
            Set<String> union = new HashSet<>(reporting);
            union.addAll(silent);
            assertEquals(all, union, period.code());
            silent.forEach(code -> assertFalse(reporting.contains(code), code + " both reports and not"));
            silent.forEach(code -> assertTrue(manifest.lines().contains("NOT_REPORTED " + period.code() + " agency=" + code)));
        }
        assertTrue(new HashSet<>(manifest.nonReporting().get("2026-Q1")).stream()
                .noneMatch(manifest.nonReporting().get("2026-H1")::contains), "different agencies per period");
    }

    @Test
    void manifestListsEveryKindOfInjectedErrorInEachPeriod() {
        for (Period period : PERIODS) {
            Set<String> reasons = manifest.injected().stream().filter(e -> e.period().equals(period.code()))
                    .map(InjectedError::reason).collect(Collectors.toSet());
            // a pdf next to the reports is refused; a covering letter in Word is not (it has no table)
            boolean pdf = manifest.files().stream().anyMatch(f -> f.path().startsWith(period.code() + "/Cong-van-kem-theo_")
                    && f.path().endsWith(".pdf"));
            Set<String> expected = new HashSet<>(Set.of("OUT_OF_RANGE", "INCONSISTENT", "UNKNOWN_AGENCY",
                    "UNKNOWN_INDICATOR", "BAD_VALUE", "UNKNOWN_PERIOD", "UNREADABLE_FILE"));
            if (pdf) {
                expected.add("UNSUPPORTED_FILE");
            }
            assertEquals(expected, reasons, period.code());
            assertEquals(2, manifest.injected().stream()
                    .filter(e -> e.period().equals(period.code()) && e.reason().equals("OUT_OF_RANGE")).count(),
                    "a percent above 100 and a negative count");
        }
        assertTrue(manifest.injected().stream().anyMatch(e -> e.file().endsWith(".pdf")));
        assertTrue(manifest.files().stream().anyMatch(f -> f.path().contains("/Cong-van-kem-theo_") && f.path().endsWith(".docx")
                && f.layout() == null && f.format() == FileFormat.DOCX));
    }

    @Test
    void injectedErrorsAreReallyInTheFiles() throws Exception {
        for (InjectedError error : manifest.injected()) {
            Path file = reports.resolve(error.file());
            assertTrue(Files.exists(file), error.line());
            String all = error.reason().equals("UNREADABLE_FILE") || error.reason().equals("UNSUPPORTED_FILE")
                    ? "" : contentOf(file);
            switch (error.reason()) {
                case "OUT_OF_RANGE" -> {
                    if (error.detail().startsWith("percent")) {
                        double value = Double.parseDouble(error.detail().replaceAll(".*: ", ""));
                        assertTrue(value > 100);
                        assertEquals(value, templateValue(file, error.indicatorCode()), 1e-9);
                    } else {
                        assertTrue(error.detail().startsWith("negative count -"), error.detail());
                        assertTrue(all.contains(error.detail().replace("negative count ", "")), error.line());
                    }
                }
                case "INCONSISTENT" -> assertTrue(all.contains(error.indicatorCode()), error.line());
                case "UNKNOWN_AGENCY" -> assertTrue(all.contains("Sở Du lịch"), error.line());
                case "UNKNOWN_INDICATOR" -> assertTrue(all.contains("TTHC-99"), error.line());
                case "BAD_VALUE" -> assertTrue(all.contains("khoảng 90"), error.line());
                case "UNKNOWN_PERIOD" -> {
                    assertFalse(file.getFileName().toString().contains(error.period()));
                    try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
                        String periodCell = workbook.getSheet("Báo cáo").getRow(8).getCell(2).getStringCellValue();
                        assertTrue(PeriodParser.find(periodCell).isEmpty(), periodCell);
                    }
                }
                case "UNREADABLE_FILE" -> assertThrows(Exception.class, () -> {
                    try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
                        workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue();
                    }
                });
                case "UNSUPPORTED_FILE" -> assertTrue(file.toString().endsWith(".pdf"));
                default -> fail("unexpected " + error.reason());
            }
        }
    }

    @Test
    void longCsvIsUtf8WithBomAndVietnameseDecimals() throws Exception {
        Path csv = onlyFile("2026-Q1", SampleLayout.LONG, FileFormat.CSV);
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals((byte) 0xEF, bytes[0]);
        List<CSVRecord> records = csvRecords(csv, ',');
        assertEquals("UBND TỈNH HÀ TĨNH", records.get(0).get(0).replace("\uFEFF", ""));
        assertTrue(records.get(2).get(0).matches("Ngày báo cáo: \\d\\d/04/2026"), records.get(2).get(0));
        assertTrue(records.get(3).get(0).endsWith("QUÝ I NĂM 2026"), records.get(3).get(0));
        assertEquals(List.of("Mã đơn vị", "Tên đơn vị", "Kỳ báo cáo", "Mã chỉ tiêu", "Tên chỉ tiêu", "Tử số",
                "Mẫu số", "Giá trị", "Ghi chú"), records.get(4).toList());
        List<CSVRecord> data = records.subList(5, records.size());
        assertTrue(data.stream().allMatch(r -> r.get(1).startsWith("UBND ")));
        assertTrue(data.stream().anyMatch(r -> r.get(7).matches("\\d+,\\d")), "a decimal comma value");
        assertTrue(data.stream().noneMatch(r -> r.get(7).matches("\\d+\\.\\d+")), "no decimal point");
        assertTrue(data.stream().allMatch(r -> r.get(2).equals("Quý I/2026")));
    }

    @Test
    void wideWorkbookHasTitleFractionsAndTotalRow() throws Exception {
        Path xlsx = onlyFile("2026-Q1", SampleLayout.WIDE, FileFormat.XLSX);
        try (Workbook workbook = WorkbookFactory.create(xlsx.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CCHC – QUÝ I/2026",
                    sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().startsWith("Ngày báo cáo: "));
            Row header = sheet.getRow(2);
            assertEquals("STT", header.getCell(0).getStringCellValue());
            assertEquals("Đơn vị", header.getCell(1).getStringCellValue());
            assertEquals("CDDH-02", header.getCell(2).getStringCellValue());
            boolean fraction = false;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC && "0.0%".equals(cell.getCellStyle().getDataFormatString())) {
                        fraction = true;
                        assertTrue(cell.getNumericCellValue() <= 1.0);
                    }
                }
            }
            assertTrue(fraction, "some percents stored as fractions");
            Row last = sheet.getRow(sheet.getLastRowNum());
            assertEquals("Tổng cộng", last.getCell(1).getStringCellValue());
            int countColumn = columnOf(header, "CDDH-04");
            Cell total = last.getCell(countColumn);
            assertEquals(CellType.FORMULA, total.getCellType());
            double sum = 0;
            for (int r = 3; r < sheet.getLastRowNum(); r++) {
                Cell cell = sheet.getRow(r).getCell(countColumn);
                sum += cell == null ? 0 : cell.getNumericCellValue();
            }
            assertEquals(sum, total.getNumericCellValue(), 1e-9, "cached total");
        }
        Path csv = onlyFile("2026-H1", SampleLayout.WIDE, FileFormat.CSV);
        List<CSVRecord> records = csvRecords(csv, ';');
        assertTrue(records.get(0).get(0).matches("Ngày báo cáo: \\d\\d/07/2026"), records.get(0).get(0));
        assertEquals(List.of("STT", "Đơn vị", "Kỳ báo cáo"), records.get(1).toList().subList(0, 3));
        assertEquals("6 tháng đầu năm 2026", records.get(2).get(2));
        assertEquals("Tổng cộng", records.get(records.size() - 1).get(1));
    }

    @Test
    void templateSamplesHoldRealisticRatios() throws Exception {
        int checked = 0;
        for (SampleManifest.WrittenFile file : manifest.files()) {
            if (file.layout() != SampleLayout.TEMPLATE || file.format() == FileFormat.CSV || file.format() == FileFormat.DOCX) {
                continue;
            }
            if (manifest.injected().stream().anyMatch(e -> e.file().equals(file.path()))) {
                continue;
            }
            try (Workbook workbook = WorkbookFactory.create(reports.resolve(file.path()).toFile())) {
                Sheet sheet = workbook.getSheet("Báo cáo");
                assertEquals(file.agencyCodes().get(0), sheet.getRow(6).getCell(2).getStringCellValue());
                for (int r = 12; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    Cell numerator = row == null ? null : row.getCell(5);
                    Cell denominator = row == null ? null : row.getCell(6);
                    if (numerator != null && numerator.getCellType() == CellType.NUMERIC) {
                        double n = numerator.getNumericCellValue();
                        double d = denominator.getNumericCellValue();
                        assertTrue(d >= 5 && d <= 800, "denominator " + d);
                        assertTrue(n <= d && n >= 0.3 * d, n + "/" + d);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 200, "ratios checked: " + checked);
    }

    @Test
    void wordReportsAndTheCoveringLetterReadAsTheirSpreadsheetWouldHave() {
        vn.cchc.rollup.read.ReportParser parser = new vn.cchc.rollup.read.ReportParser(PLAN);
        int read = 0;
        for (SampleManifest.WrittenFile file : manifest.files()) {
            if (file.format() != FileFormat.DOCX) {
                continue;
            }
            vn.cchc.rollup.read.ParsedReport report = parser.parse(reports.resolve(file.path()), file.path());
            assertTrue(report.rejects().isEmpty(), file.path() + ": " + report.rejects());
            if (file.layout() == null) {
                assertTrue(report.facts().isEmpty(), file.path());
                continue;
            }
            assertEquals(Set.copyOf(file.agencyCodes()),
                    report.facts().stream().map(vn.cchc.rollup.intake.Fact::agencyCode).collect(Collectors.toSet()));
            assertTrue(report.facts().size() >= 15, file.path() + ": " + report.facts().size());
            assertTrue(report.facts().stream().allMatch(f -> f.source().location().startsWith("bảng 2, dòng ")));
            read++;
        }
        assertEquals(SampleGenerator.SO_AS_DOCX * PERIODS.size(), read);
    }

    @Test
    void templateCsvKeepsTheTemplateRows() throws Exception {
        Path csv = onlyFile("2026-Q1", SampleLayout.TEMPLATE, FileFormat.CSV);
        List<CSVRecord> records;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            records = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(reader).getRecords();
        }
        assertEquals("UBND TỈNH HÀ TĨNH", records.get(0).get(0).replace("\uFEFF", ""));
        assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", records.get(0).get(5));
        assertEquals("Mã đơn vị:", records.get(6).get(0));
        assertTrue(records.get(6).get(2).startsWith("SO-") || records.get(6).get(2).equals("TT-TINH")
                || records.get(6).get(2).startsWith("VP-") || records.get(6).get(2).startsWith("BQL-"));
        assertEquals("Quý I/2026", records.get(8).get(2));
        assertTrue(records.get(9).get(2).matches("\\d{2}/04/2026"), records.get(9).get(2));
        assertEquals("STT", records.get(11).get(0));
        assertEquals("I", records.get(12).get(0));
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Path onlyFile(String period, SampleLayout layout, FileFormat format) {
        return manifest.files().stream()
                .filter(f -> f.path().startsWith(period + "/") && f.layout() == layout && f.format() == format)
                .map(f -> reports.resolve(f.path())).findFirst().orElseThrow();
    }

    private static List<CSVRecord> csvRecords(Path csv, char delimiter) throws Exception {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(reader).getRecords();
        }
    }

    private static int columnOf(Row header, String text) {
        for (Cell cell : header) {
            if (text.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + text);
    }

    /** Every cell of a workbook or the whole CSV text, to look for injected values. */
    private static String contentOf(Path file) throws Exception {
        if (file.toString().endsWith(".csv")) {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        StringBuilder text = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    text.append(formatter.formatCellValue(cell)).append('\t');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static double templateValue(Path file, String code) throws Exception {
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            for (Row row : workbook.getSheet("Báo cáo")) {
                Cell cell = row.getCell(1);
                if (cell != null && cell.getCellType() == CellType.STRING && code.equals(cell.getStringCellValue())) {
                    return row.getCell(7).getNumericCellValue();
                }
            }
        }
        throw new AssertionError(code + " not in " + file);
    }

}
