package vn.cchc.rollup.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a grid of cells as a real .xlsx, .xls or .csv file (chosen by extension), the way an
 * agency's spreadsheet would hold it. Cells: String, Number, {@link Percent} (a fraction in a
 * percent-formatted cell), {@link Formula} (a formula with its cached value) or null (empty).
 */
public final class GridFiles {

    /** A fraction shown as a percent: 0.955 displayed 95.5%. */
    public record Percent(double fraction) {
    }

    /** A formula whose cached value Excel would have stored. */
    public record Formula(String formula) {
    }

    private GridFiles() {
    }

    /** A row of cells; null is an empty cell. */
    public static List<Object> row(Object... cells) {
        return new java.util.ArrayList<>(java.util.Arrays.asList(cells));
    }

    public static Path write(Path file, String sheetName, List<List<Object>> rows) throws IOException {
        String name = file.getFileName().toString().toLowerCase();
        if (name.endsWith(".csv")) {
            writeCsv(file, rows);
        } else {
            try (Workbook workbook = name.endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook()) {
                fill(workbook, workbook.createSheet(sheetName), rows);
                workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
                try (OutputStream out = Files.newOutputStream(file)) {
                    workbook.write(out);
                }
            }
        }
        return file;
    }

    private static void fill(Workbook workbook, Sheet sheet, List<List<Object>> rows) {
        CellStyle percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<Object> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof Percent p) {
                    cell.setCellValue(p.fraction());
                    cell.setCellStyle(percent);
                } else if (value instanceof Formula f) {
                    cell.setCellFormula(f.formula());
                } else if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }
    }

    private static void writeCsv(Path file, List<List<Object>> rows) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(GridFiles::csvText).toList());
            }
        }
    }

    /** A CSV holds text as a Vietnamese office types it: decimal comma. */
    private static String csvText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Percent p) {
            return new java.math.BigDecimal(String.valueOf(p.fraction() * 100)).stripTrailingZeros().toPlainString().replace('.', ',') + "%";
        }
        if (value instanceof Number n) {
            return new java.math.BigDecimal(n.toString()).stripTrailingZeros().toPlainString().replace('.', ',');
        }
        return value.toString();
    }
}
