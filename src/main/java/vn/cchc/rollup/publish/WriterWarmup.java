package vn.cchc.rollup.publish;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Loads and first runs what writing the outputs needs (fonts, JFreeChart and Java2D, POI's workbook
 * model and its XML schemas) on a core that would otherwise wait while the scores are summed: in a
 * fresh process, a first chart or workbook costs a large part of a small publication.
 */
public final class WriterWarmup {

    private WriterWarmup() {
    }

    /** Draws a small chart and writes a small workbook to nowhere. */
    public static void run() {
        try {
            FontSetup.ensure();
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            data.addValue(1, "Điểm", "Sở Nội vụ");
            JFreeChart chart = ChartFactory.createBarChart("Khởi động", null, "Điểm", data);
            BufferedImage image = chart.createBufferedImage(200, 100, BufferedImage.TYPE_INT_RGB, null);
            PngWriter.write(image, OutputStream.nullOutputStream());
            try (SXSSFWorkbook workbook = OutputWorkbooks.streaming()) {
                Sheet sheet = workbook.createSheet("Khởi động");
                CellStyle style = workbook.createCellStyle();
                style.setFont(workbook.createFont());
                Row row = sheet.createRow(0);
                row.createCell(0).setCellValue("Điểm");
                row.createCell(1).setCellValue(1.5);
                row.getCell(1).setCellStyle(style);
                workbook.write(OutputStream.nullOutputStream());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
