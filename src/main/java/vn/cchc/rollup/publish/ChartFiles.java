package vn.cchc.rollup.publish;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;

/** Saves charts as PNG files. */
final class ChartFiles {

    private ChartFiles() {
    }

    /** Charts are drawn on white (see {@link ChartStyle}), so the image has no alpha channel. */
    static void savePng(JFreeChart chart, int width, int height, Path file) throws IOException {
        BufferedImage image = chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null);
        AtomicFiles.write(file, out -> PngWriter.write(image, out));
    }
}
