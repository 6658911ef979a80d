package vn.cchc.rollup.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontSetupTest {

    @TempDir
    Path folder;

    @Test
    void fontconfigMapsEveryLogicalFontToAnExtractedFile() throws IOException {
        Path config = FontSetup.writeFontconfig(folder.resolve("fonts"));
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(config, StandardCharsets.ISO_8859_1)) {
            properties.load(in);
        }
        for (String logical : List.of("sansserif", "serif", "monospaced", "dialog", "dialoginput")) {
            for (String style : List.of("plain", "bold", "italic", "bolditalic")) {
                String face = properties.getProperty(logical + "." + style + ".latin-1");
                assertNotNull(face, logical + "." + style);
                Path file = Path.of(properties.getProperty("filename." + face.replace(' ', '_')));
                assertTrue(Files.size(file) > 100_000, file.toString());
            }
        }
        assertEquals("latin-1", properties.getProperty("sequence.allfonts"));
    }

    /**
     * Simulates a host without fonts: the child JVM's fontconfig library gets a configuration
     * with no font folders, so only our properties file can make Java2D work.
     */
    @Test
    void aJvmWithoutSystemFontsRendersVietnameseCharts() throws Exception {
        Path config = FontSetup.writeFontconfig(folder.resolve("fonts"));
        Path emptyFontconfig = folder.resolve("empty-fonts.conf");
        Files.writeString(emptyFontconfig, "<?xml version=\"1.0\"?>\n<fontconfig></fontconfig>\n");
        Path charts = folder.resolve("charts");

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(),
                "-Djava.awt.headless=true",
                "-Dsun.awt.fontconfig=" + config,
                "-cp", System.getProperty("java.class.path"),
                ChartProbe.class.getName(), charts.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("FONTCONFIG_FILE", emptyFontconfig.toString());
        builder.environment().remove("FONTCONFIG_PATH");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "child JVM timed out");
        assertEquals(0, process.exitValue(), output);

        BufferedImage image = ImageIO.read(charts.resolve(Charts.RANKING_XA).toFile());
        assertNotNull(image);
        assertEquals(1200, image.getWidth());
        assertTrue(darkPixels(image) > 5_000, "chart has text and bars");
    }

    /**
     * The real thing where the machine allows it (root, util-linux): a private mount namespace
     * hides /usr/share/fonts and /etc/fonts. A plain JFreeChart JVM then dies ("No physical fonts
     * found" / "Fontconfig head is null"); ours detects the bare host and renders anyway.
     */
    @Test
    void onAHostWithFontsHiddenEnsureMakesChartsWork() throws Exception {
        Assumptions.assumeTrue(canUnshare(), "needs unshare -m (root) to hide the system fonts");
        Path charts = folder.resolve("charts");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");

        Result bare = runWithoutFonts(java, "-Djava.awt.headless=true", "-cp", classPath,
                BareChartProbe.class.getName());
        assertTrue(bare.exitCode() != 0, "the simulation must break an unprepared JVM: " + bare.output());

        Result prepared = runWithoutFonts(java, "-cp", classPath, ChartProbe.class.getName(), charts.toString());
        assertEquals(0, prepared.exitCode(), prepared.output());
        BufferedImage image = ImageIO.read(charts.resolve(Charts.RANKING_SO).toFile());
        assertNotNull(image);
        assertTrue(darkPixels(image) > 5_000, "chart has text and bars");
    }

    private record Result(int exitCode, String output) {
    }

    private static Result runWithoutFonts(String... javaCommand) throws Exception {
        List<String> command = new ArrayList<>(List.of("unshare", "-m", "sh", "-c",
                "for d in /usr/share/fonts /usr/local/share/fonts /etc/fonts; do "
                        + "if [ -d $d ]; then mount -t tmpfs none $d || exit 97; fi; done; exec \"$@\"",
                "sh"));
        command.addAll(List.of(javaCommand));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "child JVM timed out");
        assertTrue(process.exitValue() != 97, "could not hide fonts: " + output);
        return new Result(process.exitValue(), output);
    }

    private static boolean canUnshare() {
        try {
            Process process = new ProcessBuilder("unshare", "-m", "true").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 300) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
