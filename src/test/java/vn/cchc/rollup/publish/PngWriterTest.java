package vn.cchc.rollup.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Every pixel written comes back through the JDK's own PNG reader. */
class PngWriterTest {

    @Test
    void noiseSpanningManyDataChunksReadsBackPixelForPixel() throws IOException {
        BufferedImage image = new BufferedImage(613, 401, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        byte[] png = write(image);

        assertThat(png.length).as("noise does not compress: several 64 KB IDAT chunks").isGreaterThan(3 * 64 * 1024);
        assertSamePixels(image, read(png));
    }

    @Test
    void aChartLikeImageWithTextAndFlatAreasReadsBackAndIsSmall() throws IOException {
        BufferedImage image = new BufferedImage(1200, 700, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 700);
        for (int bar = 0; bar < 20; bar++) {
            g.setColor(new Color(0x2E75B6 + bar * 0x0A0A00));
            g.fillRect(200, 20 + bar * 33, 40 * bar + 17, 25);
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            g.drawString("Xã Đồng Tiến " + bar, 10, 38 + bar * 33);
        }
        g.dispose();
        byte[] png = write(image);

        assertSamePixels(image, read(png));
        assertThat(png.length).as("flat areas filter to zeros").isLessThan(60_000);
    }

    @Test
    void tinyAndOpaqueArgbImagesReadBack() throws IOException {
        BufferedImage dot = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        dot.setRGB(0, 0, 0xC00000);
        assertSamePixels(dot, read(write(dot)));

        BufferedImage column = new BufferedImage(1, 5, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 5; y++) {
            column.setRGB(0, y, 0xFF000000 | (y * 50) << 8);
        }
        assertSamePixels(column, read(write(column)));
    }

    private static byte[] write(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngWriter.write(image, out);
        return out.toByteArray();
    }

    private static BufferedImage read(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a PNG the JDK reads").isNotNull();
        return image;
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        assertThat(actual.getColorModel().hasAlpha()).isFalse();
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertThat(actual.getRGB(x, y) | 0xFF000000).as("pixel %d,%d", x, y)
                        .isEqualTo(expected.getRGB(x, y) | 0xFF000000);
            }
        }
    }
}
