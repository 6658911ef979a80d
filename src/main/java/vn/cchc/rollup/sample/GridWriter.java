package vn.cchc.rollup.sample;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchc.rollup.template.ReproducibleWorkbooks;

/** Writes a {@link Grid} as .xlsx, .xls or CSV. */
final class GridWriter {

    /** How a CSV is written: delimiter and whether it starts with a UTF-8 byte order mark. */
    record CsvStyle(char delimiter, boolean bom) {
    }

    private GridWriter() {
    }

    static void write(Grid grid, FileFormat format, String sheetName, Path file, CsvStyle csv) throws IOException {
        switch (format) {
            case XLSX -> {
                try (Workbook workbook = new XSSFWorkbook()) {
                    fill(workbook, sheetName, grid);
                    ReproducibleWorkbooks.save(workbook, file);
                }
            }
            case XLS -> {
                try (Workbook workbook = new HSSFWorkbook()) {
                    fill(workbook, sheetName, grid);
                    ReproducibleWorkbooks.save(workbook, file);
                }
            }
            case CSV -> writeCsv(grid, file, csv);
            case DOCX -> throw new IllegalArgumentException("a grid is written as a spreadsheet, not as Word: " + file);
        }
    }

    private static void fill(Workbook workbook, String sheetName, Grid grid) {
        Sheet sheet = workbook.createSheet(sheetName);
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        CellStyle bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        CellStyle header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setWrapText(true);
        header.setBorderBottom(BorderStyle.THIN);
        CellStyle percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        boolean formulas = false;
        for (int r = 0; r < grid.rows().size(); r++) {
            Row row = sheet.createRow(r);
            List<Object> cells = grid.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (r == grid.headerRow()) {
                    cell.setCellStyle(header);
                } else if (grid.isBold(r)) {
                    cell.setCellStyle(bold);
                }
                if (value instanceof BigDecimal number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value instanceof Grid.Fraction fraction) {
                    cell.setCellValue(fraction.percent().doubleValue() / 100);
                    cell.setCellStyle(percent);
                } else if (value instanceof Grid.Formula formula) {
                    cell.setCellFormula(formula.excel());
                    formulas = true;
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }
        for (Grid.Merge merge : grid.merges()) {
            sheet.addMergedRegion(new CellRangeAddress(merge.row(), merge.row(), merge.firstColumn(), merge.lastColumn()));
        }
        int width = grid.width();
        for (int c = 0; c < width; c++) {
            sheet.setColumnWidth(c, (c <= 1 ? 12 : 11) * 256);
        }
        if (formulas) {
            // cached values, as a spreadsheet saved by Excel would have
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        }
    }

    private static void writeCsv(Grid grid, Path file, CsvStyle style) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(style.delimiter()).setRecordSeparator("\r\n").get();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, format)) {
            if (style.bom()) {
                writer.write('\uFEFF');
            }
            for (List<Object> cells : grid.rows()) {
                List<String> texts = new ArrayList<>();
                for (Object value : cells) {
                    texts.add(csvText(value));
                }
                printer.printRecord(texts);
            }
        }
    }

    /** Vietnamese notation: "95,5", "1200". */
    static String csvText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return vietnamese(number);
        }
        if (value instanceof Grid.Fraction fraction) {
            return vietnamese(fraction.percent()) + "%";
        }
        if (value instanceof Grid.Formula formula) {
            return vietnamese(formula.value());
        }
        return value.toString();
    }

    static String vietnamese(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString().replace('.', ',');
    }
}
