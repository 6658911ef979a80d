package vn.cchc.rollup.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PicturesTest {

    @Test
    void theSizeIsReadFromTheHeaderOfPicturesWrittenByImageIo() throws IOException {
        for (int[] size : new int[][] {{1, 1}, {1200, 700}, {333, 4097}}) {
            int type = size[0] == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_ARGB;
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(size[0], size[1], type), "png", png);
            assertThat(Pictures.size(png.toByteArray(), Path.of("a.png"))).containsExactly(size[0], size[1]);
        }
    }

    @Test
    void aFileThatIsNotAPngIsRefusedByName() throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "jpg", jpeg);
        assertThatThrownBy(() -> Pictures.size(jpeg.toByteArray(), Path.of("charts/x.png")))
                .isInstanceOf(IOException.class).hasMessageContaining("charts/x.png");
        assertThatThrownBy(() -> Pictures.size(new byte[10], Path.of("empty.png"))).isInstanceOf(IOException.class);
    }
}
