package vn.cchc.rollup.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.catalog.AgencyKind;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.score.AgencyScore;
import vn.cchc.rollup.score.Evaluation;
import vn.cchc.rollup.score.PeriodResult;
import vn.cchc.rollup.score.Status;

class PeriodPublisherTest {

    @TempDir
    static Path output;
    static PeriodResult result;
    static Path periodDir;
    static Path workbookFile;

    @BeforeAll
    static void publish() throws IOException {
        result = PublishFixture.periodResult();
        periodDir = output.resolve(result.period().code());
        workbookFile = new PeriodPublisher().publish(result, periodDir);
    }

    @Test
    void writesEveryFileWithoutLeavingTemporaryFiles() throws IOException {
        assertEquals(periodDir.resolve("Tong-hop-CCHC-2026-Q1.xlsx"), workbookFile);
        for (String name : List.of("Tong-hop-CCHC-2026-Q1.xlsx", "facts.csv", "scores.csv",
                "charts/xep-hang-so.png", "charts/xep-hang-xa.png", "charts/diem-linh-vuc.png",
                "charts/ty-le-so-voi-chi-tieu.png", "charts/chi-tieu-TTHC-05.png")) {
            assertTrue(Files.size(periodDir.resolve(name)) > 0, name);
        }
        assertTrue(Files.getPosixFilePermissions(workbookFile)
                .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ), "officials can read it");
        try (Stream<Path> files = Files.walk(periodDir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void chartsAreDecodablePngsOfTheExpectedSize() throws IOException {
        List<Path> charts;
        try (Stream<Path> files = Files.list(periodDir.resolve("charts"))) {
            charts = files.sorted().toList();
        }
        long percentIndicators = result.plan().indicators().stream()
                .filter(i -> i.unit() == vn.cchc.rollup.catalog.Unit.PERCENT)
                .filter(i -> result.evaluations().stream()
                        .anyMatch(e -> e.indicator().equals(i) && e.fact() != null))
                .count();
        assertEquals(4 + percentIndicators, charts.size());
        for (Path chart : charts) {
            BufferedImage image = ImageIO.read(chart.toFile());
            assertNotNull(image, chart.toString());
            assertEquals(1200, image.getWidth());
            assertTrue(image.getHeight() >= 700, chart.toString());
            assertTrue(Files.size(chart) > 20_000, chart + " looks empty: " + Files.size(chart));
            assertEquals(0xFFFFFFFF, image.getRGB(2, 2), "white background");
        }
    }

    @Test
    void workbookHasItsSheetsInOrder() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(workbookFile))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("Tổng quan", "Xếp hạng Sở", "Xếp hạng xã", "Điểm theo lĩnh vực",
                    "Ma trận chỉ tiêu", "Chưa báo cáo", "Chất lượng dữ liệu", "Cách tính CDDH-02", "Biểu đồ"), names,
                    "no value changed on resubmission: no sheet \"Số liệu nộp lại\"");
            Sheet overview = workbook.getSheet("Tổng quan");
            assertEquals("UBND TỈNH HÀ TĨNH", overview.getRow(0).getCell(0).getStringCellValue());
            assertEquals("SỞ NỘI VỤ", overview.getRow(1).getCell(0).getStringCellValue());
            assertEquals(OfficialDocument.MOTTO, overview.getRow(0).getCell(2).getStringCellValue());
            assertEquals(OfficialDocument.MOTTO_LINE, overview.getRow(1).getCell(2).getStringCellValue());
            assertEquals("Hà Tĩnh, ngày     tháng     năm 2026", overview.getRow(3).getCell(2).getStringCellValue());
            assertEquals("TỔNG HỢP KẾT QUẢ CẢI CÁCH HÀNH CHÍNH QUÝ I/2026", overview.getRow(5).getCell(0).getStringCellValue());
            assertTrue(overview.getRow(6).getCell(0).getStringCellValue().contains("Quý I/2026"));
            assertTrue(overview.getRow(6).getCell(0).getStringCellValue().contains("Hà Tĩnh"));
            assertEquals("KT. GIÁM ĐỐC", findRow(overview, "KT. GIÁM ĐỐC", 8).getCell(8).getStringCellValue());
            for (Sheet sheet : workbook) {
                assertTrue(sheet.getFitToPage(), sheet.getSheetName());
                assertEquals(sheet.getSheetName().equals("Ma trận chỉ tiêu") ? PrintSetup.A3_PAPERSIZE : PrintSetup.A4_PAPERSIZE,
                        sheet.getPrintSetup().getPaperSize(), sheet.getSheetName());
                assertEquals("Trang &P/&N", sheet.getFooter().getRight(), sheet.getSheetName());
                assertEquals("In ngày &D", sheet.getFooter().getLeft(), sheet.getSheetName());
                assertEquals("Tổng hợp kết quả cải cách hành chính – Quý I/2026", sheet.getHeader().getCenter());
                if (!sheet.getSheetName().equals("Biểu đồ")) {
                    assertNotNull(sheet.getRepeatingRows(), sheet.getSheetName());
                }
            }
            Row firstIndicator = overview.getRow(OverviewSheet.TABLE_HEADER_ROW + 1);
            assertEquals(result.plan().indicators().get(0).code(), firstIndicator.getCell(0).getStringCellValue());
            assertEquals("≥ 100%", firstIndicator.getCell(3).getStringCellValue());
        }
    }

    @Test
    void aCityIsNamedAsACityInTheWorkbookAndTheScorecards() throws IOException {
        Plan city = new Plan("Đà Nẵng", result.plan().agencies(), result.plan().areas(), result.plan().indicators());
        PeriodResult ofCity = new PeriodResult(city, result.period(), result.evaluations(), result.scores(),
                result.rollups(), result.scopes(), result.notReported(), result.rejects());
        Path cityDir = output.resolve("da-nang");
        Path workbook = new PeriodPublisher().publish(ofCity, cityDir);

        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            Sheet overview = book.getSheet(OverviewSheet.NAME);
            assertEquals("UBND THÀNH PHỐ ĐÀ NẴNG", overview.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Đà Nẵng, ngày     tháng     năm 2026", overview.getRow(3).getCell(2).getStringCellValue());
            assertEquals("Thành phố Đà Nẵng – Kỳ báo cáo: Quý I/2026", overview.getRow(6).getCell(0).getStringCellValue());
            assertEquals("Toàn thành phố", overview.getRow(OverviewSheet.BLOCK_ROW + 1).getCell(1).getStringCellValue());
            assertEquals("Toàn thành phố", overview.getRow(OverviewSheet.TABLE_HEADER_ROW).getCell(4).getStringCellValue());
            assertEquals("Toàn thành phố", book.getSheet(AreaScoresSheet.NAME).getRow(AreaScoresSheet.HEADER_ROW)
                    .getCell(5).getStringCellValue());
        }
        Path scorecard = cityDir.resolve(AgencyScorecard.FOLDER).resolve(result.scores().get(0).agency().code() + ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(scorecard))) {
            Sheet sheet = book.getSheet(AgencyScorecard.RESULT_SHEET);
            assertEquals("UBND THÀNH PHỐ ĐÀ NẴNG", sheet.getRow(0).getCell(0).getStringCellValue());
            int note = AgencyScorecard.SCORE_ROW + 1 + result.plan().areas().size();
            assertEquals(AgencyScorecard.COMPARISON.formatted("toàn thành phố"), sheet.getRow(note).getCell(4).getStringCellValue());
        }
    }

    @Test
    void rankingSheetListsAgenciesByRankWithTheirScores() throws IOException {
        AgencyScore best = result.scores().stream().filter(s -> s.agency().kind() == AgencyKind.SO)
                .min(java.util.Comparator.comparingInt(AgencyScore::rank)).orElseThrow();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(workbookFile))) {
            XSSFSheet sheet = workbook.getSheet("Xếp hạng Sở");
            Row first = sheet.getRow(RankingSheet.FIRST_DATA_ROW);
            assertEquals(1, (int) first.getCell(0).getNumericCellValue());
            assertEquals(best.agency().code(), first.getCell(1).getStringCellValue());
            // the score as every sheet, chart and scorecard shows it: 2 decimals, half up
            assertEquals(best.score().setScale(2, java.math.RoundingMode.HALF_UP).doubleValue(),
                    first.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals("XẾP HẠNG CHỈ SỐ CCHC CÁC SỞ, BAN, NGÀNH – QUÝ I/2026", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("CDDH", sheet.getRow(RankingSheet.HEADER_ROW).getCell(4).getStringCellValue());
            assertEquals("Chỉ đạo điều hành", sheet.getRow(RankingSheet.HEADER_ROW + 1).getCell(4).getStringCellValue());
            int soCount = result.plan().agencies(AgencyKind.SO).size();
            assertEquals(RankingSheet.FIRST_DATA_ROW + soCount - 1, sheet.getLastRowNum());
            double previous = -1;
            for (int r = RankingSheet.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
                double rank = sheet.getRow(r).getCell(0).getNumericCellValue();
                assertTrue(rank >= previous, "sorted by rank");
                previous = rank;
            }
            Row silent = findRow(sheet, PublishFixture.SILENT_SO, 1);
            assertEquals("Không", silent.getCell(4 + result.plan().areas().size()).getStringCellValue());
            assertNotNull(sheet.getCTWorksheet().getAutoFilter());
            assertNotNull(sheet.getPaneInformation());
            assertTrue(sheet.getPaneInformation().isFreezePane());
        }
    }

    @Test
    void matrixCellsAreFilledByStatus() throws IOException {
        Evaluation met = first(Status.MET);
        Evaluation notMet = first(Status.NOT_MET);
        Evaluation missing = first(Status.MISSING);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(workbookFile))) {
            XSSFSheet sheet = workbook.getSheet("Ma trận chỉ tiêu");
            XSSFCell metCell = matrixCell(sheet, met);
            assertEquals(met.fact().value().doubleValue(), metCell.getNumericCellValue(), 1e-9);
            assertEquals("C6EFCE", fillOf(metCell));
            assertEquals("FFC7CE", fillOf(matrixCell(sheet, notMet)));
            XSSFCell missingCell = matrixCell(sheet, missing);
            assertEquals("—", missingCell.getStringCellValue());
            assertEquals("D9D9D9", fillOf(missingCell));
            String percentFormat = matrixCell(sheet, firstPercent()).getCellStyle().getDataFormatString();
            assertEquals("0.0", percentFormat);
        }
    }

    @Test
    void inputTextNeverBecomesAFormula() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(workbookFile))) {
            int cells = 0;
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertNotEquals(CellType.FORMULA, cell.getCellType(),
                                sheet.getSheetName() + "!" + cell.getAddress());
                        cells++;
                    }
                }
            }
            assertTrue(cells > 1000);
            Sheet quality = workbook.getSheet("Chất lượng dữ liệu");
            Row hyperlink = findRow(quality, "bao-cao/xa-la.csv", 0);
            assertEquals(CellType.STRING, hyperlink.getCell(4).getCellType());
            assertEquals(PublishFixture.HYPERLINK_MESSAGE, hyperlink.getCell(4).getStringCellValue());
            assertEquals("Không xác định được chỉ tiêu", hyperlink.getCell(3).getStringCellValue());
        }
    }

    @Test
    void notReportedAndChartsSheetsAreFilled() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(workbookFile))) {
            Sheet notReported = workbook.getSheet("Chưa báo cáo");
            assertEquals(result.notReported().size(), notReported.getLastRowNum() - NotReportedSheet.HEADER_ROW);
            assertEquals(PublishFixture.SILENT_SO, notReported.getRow(NotReportedSheet.HEADER_ROW + 1).getCell(0).getStringCellValue());
            XSSFDrawing drawing = workbook.getSheet("Biểu đồ").getDrawingPatriarch();
            assertEquals(4, drawing.getShapes().size());
            assertEquals(4, workbook.getAllPictures().size());
        }
    }

    @Test
    void theRankingChartNamesTheAgenciesThatDidNotReport() {
        org.jfree.chart.JFreeChart chart = new ChartRenderer().ranking(new ResultLookup(result),
                vn.cchc.rollup.catalog.AgencyKind.SO);
        List<?> labels = chart.getCategoryPlot().getDataset().getColumnKeys();
        String silentName = result.plan().agency(PublishFixture.SILENT_SO).orElseThrow().name();
        assertTrue(labels.stream().anyMatch(l -> l.toString().endsWith(". " + silentName + " (chưa báo cáo)")), labels.toString());
        assertTrue(labels.stream().filter(l -> l.toString().endsWith("(chưa báo cáo)")).count() == 1, labels.toString());
    }

    @Test
    void eachPeriodListsOnlyItsOwnDataProblemsAndMarksFilesOfNoPeriod() throws IOException {
        List<vn.cchc.rollup.intake.Reject> rejects = new ArrayList<>(result.rejects());
        rejects.add(new vn.cchc.rollup.intake.Reject(new vn.cchc.rollup.intake.SourceRef("2026-Q2/so-tu-phap.xlsx", "Báo cáo!E6"),
                vn.cchc.rollup.intake.ReasonCode.values()[0], "lỗi của quý II"));
        rejects.add(new vn.cchc.rollup.intake.Reject(new vn.cchc.rollup.intake.SourceRef("2026-Q1/so-tu-phap.xlsx", "Báo cáo!E6"),
                vn.cchc.rollup.intake.ReasonCode.values()[0], "lỗi của quý I"));
        PeriodResult withOthers = new PeriodResult(result.plan(), result.period(), result.evaluations(), result.scores(),
                result.rollups(), result.scopes(), result.notReported(), rejects);
        Path file = new PeriodPublisher().publish(withOthers, output.resolve("quality"));
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet quality = book.getSheet(DataQualitySheet.NAME);
            List<String> files = new ArrayList<>();
            for (Row row : quality) {
                if (row.getRowNum() > DataQualitySheet.HEADER_ROW) {
                    files.add(row.getCell(0).getStringCellValue() + " | " + row.getCell(6).getStringCellValue());
                }
            }
            assertTrue(files.contains("2026-Q1/so-tu-phap.xlsx | Quý I/2026"), files.toString());
            assertTrue(files.contains("bao-cao/xa-la.csv | " + DataQualitySheet.NO_PERIOD), files.toString());
            assertTrue(files.stream().noneMatch(f -> f.startsWith("2026-Q2/")), files.toString());
        }
    }

    @Test
    void longTextWrapsInRowsTallEnoughForItsLines() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(workbookFile))) {
            Sheet overview = workbook.getSheet(OverviewSheet.NAME);
            Row header = overview.getRow(OverviewSheet.TABLE_HEADER_ROW);
            assertTrue(header.getCell(11).getCellStyle().getWrapText());
            // "Chưa báo cáo" in a column of 9 characters: two lines
            assertTrue(header.getHeightInPoints() >= 2 * SheetWriter.LINE_POINTS, "header " + header.getHeightInPoints());
            for (int r = OverviewSheet.TABLE_HEADER_ROW + 1; r <= OverviewSheet.TABLE_HEADER_ROW + result.plan().indicators().size(); r++) {
                Row row = overview.getRow(r);
                String name = row.getCell(1).getStringCellValue();
                int width = overview.getColumnWidth(1) / 256;
                assertTrue(row.getCell(1).getCellStyle().getWrapText());
                assertTrue(row.getHeightInPoints() >= TextLines.count(name, width) * SheetWriter.LINE_POINTS,
                        name + ": " + row.getHeightInPoints());
                assertTrue(row.getHeightInPoints() >= SheetWriter.ROW_POINTS);
            }
        }
    }

    @Test
    void theTargetChartNamesEveryRateIndicatorWithValueLabelsAndItsTarget() {
        org.jfree.chart.JFreeChart chart = new ChartRenderer().ratesVsTargets(new ResultLookup(result));
        org.jfree.chart.plot.CategoryPlot plot = chart.getCategoryPlot();
        org.jfree.data.category.CategoryDataset data = plot.getDataset();
        List<vn.cchc.rollup.catalog.Indicator> rates = result.plan().indicators().stream()
                .filter(i -> i.unit() == vn.cchc.rollup.catalog.Unit.PERCENT).toList();
        assertEquals(rates.size(), data.getColumnCount());
        for (int c = 0; c < rates.size(); c++) {
            vn.cchc.rollup.catalog.Indicator indicator = rates.get(c);
            String label = data.getColumnKey(c).toString();
            assertTrue(label.startsWith(indicator.code() + " Tỷ lệ") || label.startsWith(indicator.code() + " Mức độ"), label);
            if (indicator.target() == null) {
                assertTrue(label.endsWith("so với năm trước)"), label);
            } else {
                assertEquals(indicator.target().doubleValue(), data.getValue(1, c).doubleValue(), 1e-9);
            }
        }
        assertTrue(plot.getRenderer().getDefaultItemLabelsVisible());
        assertEquals(100, plot.getRangeAxis().getUpperBound(), 1e-9);
    }

    @Test
    void scoreChartsEndAtOneHundredAndLabelScoresAsTheSheetsShowThem() {
        ResultLookup lookup = new ResultLookup(result);
        for (org.jfree.chart.JFreeChart chart : List.of(new ChartRenderer().areaScores(lookup),
                new ChartRenderer().ranking(lookup, vn.cchc.rollup.catalog.AgencyKind.XA))) {
            org.jfree.chart.plot.CategoryPlot plot = chart.getCategoryPlot();
            assertEquals(100, plot.getRangeAxis().getUpperBound(), 1e-9);
            String label = plot.getRenderer().getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 0, 0);
            Number value = plot.getDataset().getValue(0, 0);
            assertEquals(new java.math.BigDecimal(value.toString()).setScale(2, java.math.RoundingMode.HALF_UP)
                    .toPlainString().replace('.', ','), label);
        }
    }

    @Test
    void publishingTwiceGivesIdenticalWorkbookBytes(@TempDir Path again) throws IOException {
        Path second = new PeriodPublisher().publish(PublishFixture.periodResult(), again.resolve("2026-Q1"));
        assertArrayEquals(Files.readAllBytes(workbookFile), Files.readAllBytes(second));
        assertArrayEquals(Files.readAllBytes(periodDir.resolve("facts.csv")),
                Files.readAllBytes(again.resolve("2026-Q1/facts.csv")));
    }

    private static Evaluation first(Status status) {
        return result.evaluations().stream().filter(e -> e.status() == status).findFirst().orElseThrow();
    }

    private static Evaluation firstPercent() {
        return result.evaluations().stream()
                .filter(e -> e.fact() != null && e.indicator().unit() == vn.cchc.rollup.catalog.Unit.PERCENT)
                .findFirst().orElseThrow();
    }

    private static XSSFCell matrixCell(XSSFSheet sheet, Evaluation evaluation) {
        Row header = sheet.getRow(IndicatorMatrixSheet.HEADER_ROW);
        int column = -1;
        for (Cell cell : header) {
            if (cell.getStringCellValue().equals(evaluation.indicator().code())) {
                column = cell.getColumnIndex();
            }
        }
        assertTrue(column >= IndicatorMatrixSheet.FIRST_INDICATOR_COLUMN);
        return (XSSFCell) findRow(sheet, evaluation.agency().code(), 0).getCell(column);
    }

    private static Row findRow(Sheet sheet, String text, int column) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError(text + " not found in " + sheet.getSheetName());
    }

    private static String fillOf(XSSFCell cell) {
        XSSFCellStyle style = cell.getCellStyle();
        return style.getFillForegroundXSSFColor().getARGBHex().substring(2);
    }

}
