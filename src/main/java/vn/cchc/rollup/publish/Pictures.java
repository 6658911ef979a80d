package vn.cchc.rollup.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;

/**
 * Places a PNG chart on a sheet at a size in pixels, keeping its proportions: the anchor's far
 * corner is found from the sheet's column widths and the default row height, so the picture prints
 * at the size asked for whatever the widths.
 */
final class Pictures {

    private static final double ROW_PIXELS = SheetWriter.ROW_POINTS * 96 / 72;

    private Pictures() {
    }

    /**
     * Puts the picture at ({@code row}, {@code column}) inside a box of {@code maxWidth} × {@code maxHeight}
     * pixels; rows under it keep the default height.
     *
     * @return the number of rows the picture covers
     */
    static int place(Workbook workbook, Drawing<?> drawing, SheetWriter out, Path png, int row, int column,
            int maxWidth, int maxHeight) throws IOException {
        byte[] bytes = Files.readAllBytes(png);
        int[] size = size(bytes, png);
        double scale = Math.min((double) maxWidth / size[0], (double) maxHeight / size[1]);
        int width = (int) Math.round(size[0] * scale);
        int height = (int) Math.round(size[1] * scale);
        int lastColumn = column;
        double left = width;
        while (left > columnPixels(out, lastColumn)) {
            left -= columnPixels(out, lastColumn++);
        }
        int rows = (int) (height / ROW_PIXELS);
        double below = height - rows * ROW_PIXELS;
        // rows written out at their height: a reader's default row height would stretch or squeeze the picture
        for (int r = row; r <= row + rows; r++) {
            out.rowHeight(r, SheetWriter.ROW_POINTS);
        }
        XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, (int) Math.round(left * Units.EMU_PER_PIXEL),
                (int) Math.round(below * Units.EMU_PER_PIXEL), column, row, lastColumn, row + rows);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        drawing.createPicture(anchor, workbook.addPicture(bytes, Workbook.PICTURE_TYPE_PNG));
        return rows + 1;
    }

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    /**
     * Width and height of a PNG, from its header: the first chunk is IHDR, which starts with them.
     * Decoding the whole picture for its size took a tenth of a national summary workbook's time.
     */
    static int[] size(byte[] png, Path file) throws IOException {
        if (png.length < 24 || !Arrays.equals(png, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new IOException("not a PNG picture: " + file);
        }
        ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
        return new int[] {header.getInt(), header.getInt()};
    }

    /** Excel's pixels of a column of {@code n} characters of the default font. */
    private static double columnPixels(SheetWriter out, int column) {
        return out.width(column) * 7 + 5;
    }
}
