package vn.cchc.rollup.read.layouts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes pages through POI: XSSF (shared strings) or HSSF (.xls). */
final class PoiSheetWriter implements ReportWriter {

    private final boolean xls;

    PoiSheetWriter(boolean xls) {
        this.xls = xls;
    }

    @Override
    public void write(ReportContent content, Path file) throws IOException {
        write(SheetComposer.pages(content), file);
    }

    void write(List<Page> pages, Path file) throws IOException {
        try (Workbook workbook = xls ? new HSSFWorkbook() : new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(file)) {
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            for (Page page : pages) {
                fill(workbook.createSheet(page.name()), page, percent, wrap);
            }
            workbook.write(out);
        }
    }

    private static void fill(Sheet sheet, Page page, CellStyle percent, CellStyle wrap) {
        for (int r = 0; r < page.rows().size(); r++) {
            List<Cell> cells = page.rows().get(r);
            Row row = sheet.createRow(r);
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                if (cell.isEmpty()) {
                    continue;
                }
                org.apache.poi.ss.usermodel.Cell target = row.createCell(c);
                switch (cell.kind()) {
                    case TEXT -> {
                        target.setCellValue(cell.text());
                        if (cell.text().contains("\n")) {
                            target.setCellStyle(wrap);
                        }
                    }
                    case NUMBER -> target.setCellValue(cell.number().doubleValue());
                    case PERCENT -> {
                        target.setCellValue(cell.number().doubleValue());
                        target.setCellStyle(percent);
                    }
                }
            }
        }
        for (Merge merge : page.merges()) {
            sheet.addMergedRegion(new CellRangeAddress(merge.firstRow(), merge.lastRow(), merge.firstCol(), merge.lastCol()));
        }
        for (int column : page.hiddenColumns()) {
            sheet.setColumnHidden(column, true);
        }
    }
}
