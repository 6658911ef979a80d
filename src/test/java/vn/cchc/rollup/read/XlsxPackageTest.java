package vn.cchc.rollup.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.sample.SampleGenerator;

/** The package read straight from its zip gives every row and cell exactly as POI's package model does. */
class XlsxPackageTest {

    @TempDir
    Path dir;

    @Test
    void everySampleWorkbookReadsAsThroughPoi() throws Exception {
        SampleGenerator.generate(PlanLoader.builtIn(), List.of(Period.quarter(2026, 1), Period.half(2025, 1)),
                dir.resolve("reports"), 7L);
        List<Path> workbooks;
        try (Stream<Path> walk = Files.walk(dir)) {
            workbooks = walk.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertTrue(workbooks.size() > 20, "sample workbooks: " + workbooks.size());
        int read = 0;
        for (Path workbook : workbooks) {
            read += assertSameAsPoi(workbook).rows.isEmpty() ? 0 : 1;
        }
        assertTrue(read > 20, "workbooks read: " + read);
    }

    @Test
    void stylesResolveAsPoiDoes() throws Exception {
        Path file = dir.resolve("styles.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font legacy = workbook.createFont();
            legacy.setFontName(".VnTime");
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            CellStyle quotedPercent = workbook.createCellStyle();
            quotedPercent.setDataFormat(workbook.createDataFormat().getFormat("0\"%\""));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle builtInPercent = workbook.createCellStyle();
            builtInPercent.setDataFormat((short) 9);
            CellStyle legacyText = workbook.createCellStyle();
            legacyText.setFont(legacy);
            Sheet sheet = workbook.createSheet("Bảng 1");
            workbook.createSheet("Ẩn");
            workbook.setSheetHidden(1, true);
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue(0.955);
            row.getCell(0).setCellStyle(percent);
            row.createCell(1).setCellValue(95);
            row.getCell(1).setCellStyle(quotedPercent);
            row.createCell(2).setCellValue(LocalDate.of(2026, 4, 5));
            row.getCell(2).setCellStyle(date);
            row.createCell(3).setCellValue(0.5);
            row.getCell(3).setCellStyle(builtInPercent);
            row.createCell(4).setCellValue("Së Néi vô");
            row.getCell(4).setCellStyle(legacyText);
            row.createCell(5).setCellFormula("A3*2");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        CollectingVisitor rows = assertSameAsPoi(file);
        RawRow row = rows.rowsOf("Bảng 1").get(0);
        assertTrue(row.cells().get(0).percentFormat());
        assertFalse(row.cells().get(1).percentFormat());
        assertEquals(".VnTime", row.cells().get(4).font());
        assertEquals(List.of("Bảng 1|false", "Ẩn|true"), rows.sheets);
    }

    @Test
    void aPackageWithoutContentTypesIsLeftToPoi() throws Exception {
        Path file = dir.resolve("not-a-package.xlsx");
        Files.writeString(file, "not a zip");
        assertTrue(XlsxPackage.open(file, SecureXml.inputFactory()).isEmpty());
    }

    /** Both readings give the same rows, or both refuse the file (the sample has broken files on purpose). */
    private static CollectingVisitor assertSameAsPoi(Path workbook) throws Exception {
        CollectingVisitor poi = new CollectingVisitor();
        try {
            new XlsxTableReader().readThroughPoi(workbook, poi);
        } catch (Exception poiRefused) {
            UnreadableFileException refused = assertThrows(UnreadableFileException.class,
                    () -> new XlsxTableReader().read(workbook, new CollectingVisitor()), workbook.toString());
            assertEquals(ReadFailures.CORRUPT_EXCEL, refused.getMessage(), workbook.toString());
            return poi;
        }
        CollectingVisitor light = new CollectingVisitor();
        new XlsxTableReader().read(workbook, light);
        assertTrue(XlsxPackage.open(workbook, SecureXml.inputFactory()).isPresent(), workbook.toString());
        assertEquals(poi.sheets, light.sheets, workbook.toString());
        assertEquals(poi.rows, light.rows, workbook.toString());
        assertEquals(poi.endedSheets, light.endedSheets, workbook.toString());
        return light;
    }
}
