package vn.cchc.rollup.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;

/** Sheet "Biểu đồ": the main charts as pictures, one under another. */
final class ChartsSheet {

    static final String NAME = "Biểu đồ";
    private static final int COLUMNS = 14;
    private static final int COLUMN_PIXELS = 64;
    private static final int ROW_PIXELS = 20;
    private static final int GAP_ROWS = 2;

    private ChartsSheet() {
    }

    static void write(Workbook workbook, Charts charts) throws IOException {
        Sheet sheet = workbook.createSheet(NAME);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        int row = 1;
        for (Path chart : charts.main()) {
            byte[] png = Files.readAllBytes(chart);
            BufferedImage image = ImageIO.read(chart.toFile());
            // keep the picture's proportions with fixed column and row sizes (no font metrics needed)
            int rows = Math.round((float) COLUMNS * COLUMN_PIXELS * image.getHeight() / image.getWidth() / ROW_PIXELS);
            int picture = workbook.addPicture(png, Workbook.PICTURE_TYPE_PNG);
            XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, 0, 0, 1, row, 1 + COLUMNS, row + rows);
            drawing.createPicture(anchor, picture);
            row += rows + GAP_ROWS;
        }
    }
}
