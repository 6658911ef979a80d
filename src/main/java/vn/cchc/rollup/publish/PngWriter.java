package vn.cchc.rollup.publish;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an opaque image as an 8-bit RGB PNG. Charts are large flat areas of a few colours; the
 * JDK's writer tries all five PNG filters on every row and reads pixels one sample at a time, which
 * made encoding most of a chart's cost. This writer reads the pixels in rows, writes a row that
 * repeats the one above as Up (all zeros) and any other row as Sub (runs along the row become
 * zeros), and deflates at the fastest level.
 */
final class PngWriter {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] IHDR = "IHDR".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] IDAT = "IDAT".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] IEND = "IEND".getBytes(StandardCharsets.US_ASCII);
    private static final int RGB = 3;
    private static final byte FILTER_SUB = 1;
    private static final byte FILTER_UP = 2;
    private static final int IDAT_BYTES = 64 * 1024;

    private PngWriter() {
    }

    /** The image's alpha channel, if any, is ignored: charts are drawn on an opaque background. */
    static void write(BufferedImage image, OutputStream out) throws IOException {
        int width = image.getWidth();
        int height = image.getHeight();
        DataOutputStream png = new DataOutputStream(out);
        png.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream fields = new DataOutputStream(header);
        fields.writeInt(width);
        fields.writeInt(height);
        fields.writeByte(8); // bits per sample
        fields.writeByte(2); // colour type: RGB
        fields.writeByte(0); // deflate
        fields.writeByte(0); // adaptive filtering, one filter byte per row
        fields.writeByte(0); // not interlaced
        chunk(png, IHDR, header.toByteArray(), 0, header.size());

        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream data = new DeflaterOutputStream(new IdatStream(png), deflater, IDAT_BYTES)) {
            int[] row = new int[width];
            int[] above = new int[width];
            byte[] filtered = new byte[1 + width * RGB];
            byte[] repeated = new byte[1 + width * RGB];
            repeated[0] = FILTER_UP;
            boolean packedRgb = image.getType() == BufferedImage.TYPE_INT_RGB;
            for (int y = 0; y < height; y++) {
                if (packedRgb) {
                    // the pixels as stored, 0xRRGGBB, without a colour model converting each one
                    image.getRaster().getDataElements(0, y, width, 1, row);
                } else {
                    image.getRGB(0, y, width, 1, row, 0, width);
                }
                if (y > 0 && Arrays.equals(row, above)) {
                    data.write(repeated); // the row above again: Up gives zeros
                } else {
                    data.write(sub(row, filtered));
                }
                int[] swap = above;
                above = row;
                row = swap;
            }
        } finally {
            deflater.end();
        }
        chunk(png, IEND, new byte[0], 0, 0);
        png.flush();
    }

    /**
     * The row filtered by Sub, straight from packed pixels: each sample minus the same sample of the
     * pixel to its left, modulo 256 (so the alpha byte, if any, drops out).
     */
    private static byte[] sub(int[] row, byte[] filtered) {
        filtered[0] = FILTER_SUB;
        int left = 0;
        for (int x = 0, i = 1; x < row.length; x++, i += RGB) {
            int pixel = row[x];
            filtered[i] = (byte) ((pixel >> 16) - (left >> 16));
            filtered[i + 1] = (byte) ((pixel >> 8) - (left >> 8));
            filtered[i + 2] = (byte) (pixel - left);
            left = pixel;
        }
        return filtered;
    }

    private static void chunk(DataOutputStream png, byte[] type, byte[] data, int offset, int length)
            throws IOException {
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data, offset, length);
        png.writeInt(length);
        png.write(type);
        png.write(data, offset, length);
        png.writeInt((int) crc.getValue());
    }

    /** Deflated image data, cut into IDAT chunks as the deflater hands it over. */
    private static final class IdatStream extends OutputStream {

        private final DataOutputStream png;

        IdatStream(DataOutputStream png) {
            this.png = png;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length > 0) {
                chunk(png, IDAT, bytes, offset, length);
            }
        }

        @Override
        public void close() {
            // the PNG stream goes on with IEND; its owner closes it
        }
    }
}
