package vn.cchc.rollup.read.layouts;

import java.io.IOException;
import java.io.OutputStream;
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
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * A sheet of rows as a generated case types it, written as .xlsx, .xls, CSV or .docx: text and numbers (typed in
 * a CSV or a Word table the Vietnamese way, "92,3"), and merged ranges (Excel and Word keep them; a CSV has only
 * the first cell's text). In a Word document the rows above {@link #startTable()} are paragraphs.
 */
final class TableFile {

    enum Format { XLSX, XLS, CSV, DOCX }

    private final List<List<Cell>> rows = new ArrayList<>();
    private final List<Merge> merges = new ArrayList<>();
    private int tableTop;

    /** Appends a row of Strings, Numbers and nulls (empty cells). Returns its index. */
    int add(Object... cells) {
        List<Cell> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell == null ? Cell.EMPTY
                    : cell instanceof Number n ? Cell.number(new BigDecimal(n.toString())) : Cell.text(cell.toString()));
        }
        rows.add(row);
        return rows.size() - 1;
    }

    /** The table starts at the next row added: the rows above it are a Word document's paragraphs. */
    void startTable() {
        tableTop = rows.size();
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
            case DOCX -> ".docx";
        };
    }

    Path write(Format format, Path file, String sheetName) throws IOException {
        switch (format) {
            case CSV -> csv(file);
            case DOCX -> docx(file);
            default -> workbook(format == Format.XLSX ? new XSSFWorkbook() : new HSSFWorkbook(), file, sheetName);
        }
        return file;
    }

    private void csv(Path file) throws IOException {
        try (CSVPrinter out = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
            for (List<Cell> row : rows) {
                out.printRecord(row.stream().map(Cell::shown).toList());
            }
        }
    }

    private void workbook(Workbook book, Path file, String sheetName) throws IOException {
        Sheet sheet = book.createSheet(sheetName);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<Cell> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                if (cell.kind() == Cell.Kind.NUMBER) {
                    row.createCell(c).setCellValue(cell.number().doubleValue());
                } else if (!cell.isEmpty()) {
                    row.createCell(c).setCellValue(cell.text());
                }
            }
        }
        for (Merge m : merges) {
            sheet.addMergedRegion(new CellRangeAddress(m.firstRow(), m.lastRow(), m.firstCol(), m.lastCol()));
        }
        ClerkSheet.save(book, file);
    }

    private void docx(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (List<Cell> row : rows.subList(0, tableTop)) {
                String text = String.join(" ", row.stream().filter(c -> !c.isEmpty()).map(Cell::shown).toList());
                XWPFParagraph paragraph = doc.createParagraph();
                paragraph.setAlignment(ParagraphAlignment.LEFT);
                paragraph.createRun().setText(text);
            }
            List<List<Cell>> table = rows.subList(tableTop, rows.size());
            int width = table.stream().mapToInt(List::size).max().orElse(1);
            List<Merge> shifted = merges.stream().filter(m -> m.firstRow() >= tableTop).map(m -> m.shift(-tableTop)).toList();
            DocxReportWriter.table(doc, table, shifted, width);
            doc.write(out);
        }
    }
}
