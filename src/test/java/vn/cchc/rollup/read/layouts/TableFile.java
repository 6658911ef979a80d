package vn.cchc.rollup.read.layouts;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A sheet of rows as a generated case types it, written as .xlsx, .xls or CSV: text, numbers (typed in a CSV the
 * Vietnamese way, "92,3") and merged ranges (an Excel file keeps them; a CSV has only the first cell's text).
 */
final class TableFile {

    enum Format { XLSX, XLS, CSV }

    /** A rectangle of cells merged into its first, rows and columns counted from 0 over all the sheet's rows. */
    record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    }

    private final List<Object[]> rows = new ArrayList<>();
    private final List<Merge> merges = new ArrayList<>();

    /** Appends a row; null leaves a cell empty. Returns its index. */
    int add(Object... cells) {
        rows.add(cells);
        return rows.size() - 1;
    }

    int size() {
        return rows.size();
    }

    void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        merges.add(new Merge(firstRow, lastRow, firstColumn, lastColumn));
    }

    static String extension(Format format) {
        return switch (format) {
            case XLSX -> ".xlsx";
            case XLS -> ".xls";
            case CSV -> ".csv";
        };
    }

    Path write(Format format, Path file, String sheetName) throws IOException {
        if (format == Format.CSV) {
            try (CSVPrinter out = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
                for (Object[] row : rows) {
                    out.printRecord(java.util.Arrays.stream(row).map(TableFile::typed).toList());
                }
            }
            return file;
        }
        Workbook book = format == Format.XLSX ? new XSSFWorkbook() : new HSSFWorkbook();
        Sheet sheet = book.createSheet(sheetName);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            Object[] cells = rows.get(r);
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (cells[c] != null) {
                    row.createCell(c).setCellValue(cells[c].toString());
                }
            }
        }
        for (Merge m : merges) {
            sheet.addMergedRegion(new CellRangeAddress(m.firstRow(), m.lastRow(), m.firstColumn(), m.lastColumn()));
        }
        return ClerkSheet.save(book, file);
    }

    private static String typed(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString().replace('.', ',');
        }
        return cell.toString();
    }
}
