package vn.cchc.rollup.publish;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.chart.JFreeChart;

/** Saves charts as PNG files. */
final class ChartFiles {

    /**
     * Deflate level of the image data. Charts are large flat areas of a few colours: level 1
     * compresses them nearly as well as the encoder's default, in a fraction of the time, which
     * matters with dozens of charts per period.
     */
    private static final int DEFLATE_LEVEL = 1;

    private ChartFiles() {
    }

    static void savePng(JFreeChart chart, int width, int height, Path file) throws IOException {
        BufferedImage image = chart.createBufferedImage(width, height);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        // the JDK's PNG writer uses deflate level (int) (9 × (1 − quality))
        param.setCompressionQuality(1f - (DEFLATE_LEVEL + 0.5f) / 9f);
        try {
            AtomicFiles.write(file, out -> {
                // in memory: ImageIO's default stream would cache the image in a temporary file
                try (ImageOutputStream images = new MemoryCacheImageOutputStream(out)) {
                    writer.setOutput(images);
                    writer.write(null, new IIOImage(image, null, null), param);
                }
            });
        } finally {
            writer.dispose();
        }
    }
}
