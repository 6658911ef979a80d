package vn.cchc.rollup.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Makes Java2D usable on a host without fonts. There the JDK fails with "Fontconfig head is null"
 * even when the application brings its own font, because it first maps the logical fonts through
 * the OS fontconfig. We then extract the bundled DejaVu fonts and point the JDK at a font
 * configuration file of its own ({@code sun.awt.fontconfig}) that maps every logical font to them.
 * Must run before the first AWT call.
 */
public final class FontSetup {

    static final String FONTCONFIG_PROPERTY = "sun.awt.fontconfig";
    private static final List<String> LOGICAL = List.of("sansserif", "serif", "monospaced", "dialog", "dialoginput");
    private static final List<String> STYLES = List.of("plain", "bold", "italic", "bolditalic");
    private static final List<Path> FONT_FOLDERS = List.of(
            Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
            Path.of(System.getProperty("user.home", "/nonexistent"), ".fonts"),
            Path.of(System.getProperty("user.home", "/nonexistent"), ".local/share/fonts"));

    private static boolean done;

    private FontSetup() {
    }

    public static synchronized void ensure() {
        if (done) {
            return;
        }
        done = true;
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        if (System.getProperty(FONTCONFIG_PROPERTY) != null || !isLinux() || systemHasFonts()) {
            return;
        }
        try {
            Path folder = Files.createTempDirectory("cchc-fonts");
            Path config = writeFontconfig(folder);
            System.setProperty(FONTCONFIG_PROPERTY, config.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare bundled fonts", e);
        }
    }

    /** True when fontconfig is installed and at least one TrueType/OpenType font is on disk. */
    static boolean systemHasFonts() {
        if (!Files.isRegularFile(Path.of("/etc/fonts/fonts.conf"))) {
            return false;
        }
        return FONT_FOLDERS.stream().anyMatch(FontSetup::holdsFontFile);
    }

    private static boolean holdsFontFile(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(p -> p.getFileName().toString().toLowerCase(Locale.ROOT))
                    .anyMatch(n -> n.endsWith(".ttf") || n.endsWith(".otf") || n.endsWith(".ttc"));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /**
     * Extracts the bundled fonts into {@code folder} and writes a JDK font configuration
     * (properties format: {@code <logical>.<style>.<charset>}, {@code sequence.*} and
     * {@code filename.*} keys) mapping all logical fonts to them.
     *
     * @return the configuration file, to pass as {@code -Dsun.awt.fontconfig=...}
     */
    public static Path writeFontconfig(Path folder) throws IOException {
        Map<String, String[]> families = new LinkedHashMap<>();
        families.put("DejaVu Sans", new String[] {
            BundledFonts.SANS, BundledFonts.SANS_BOLD, BundledFonts.SANS_OBLIQUE, BundledFonts.SANS_BOLD_OBLIQUE});
        families.put("DejaVu Serif", new String[] {
            BundledFonts.SERIF, BundledFonts.SERIF_BOLD, BundledFonts.SERIF_ITALIC, BundledFonts.SERIF_BOLD_ITALIC});
        families.put("DejaVu Sans Mono", new String[] {
            BundledFonts.MONO, BundledFonts.MONO_BOLD, BundledFonts.MONO_OBLIQUE, BundledFonts.MONO_BOLD_OBLIQUE});

        Files.createDirectories(folder);
        Map<String, Path> fileOfFace = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> family : families.entrySet()) {
            for (int style = 0; style < STYLES.size(); style++) {
                String fileName = family.getValue()[style];
                Path target = folder.resolve(fileName);
                try (InputStream in = BundledFonts.open(fileName)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                fileOfFace.put(faceName(family.getKey(), style), target.toAbsolutePath());
            }
        }

        StringBuilder text = new StringBuilder("# Generated: maps the logical fonts to the bundled DejaVu fonts\n");
        text.append("version=1\n");
        for (String logical : LOGICAL) {
            String family = switch (logical) {
                case "serif" -> "DejaVu Serif";
                case "monospaced", "dialoginput" -> "DejaVu Sans Mono";
                default -> "DejaVu Sans";
            };
            for (int style = 0; style < STYLES.size(); style++) {
                text.append(logical).append('.').append(STYLES.get(style)).append(".latin-1=")
                        .append(faceName(family, style)).append('\n');
            }
        }
        text.append("sequence.allfonts=latin-1\n");
        for (Map.Entry<String, Path> face : fileOfFace.entrySet()) {
            // the JDK reads spaces in a face name as underscores in filename.* keys
            text.append("filename.").append(face.getKey().replace(' ', '_')).append('=')
                    .append(escape(face.getValue().toString())).append('\n');
        }
        text.append("awtfontpath.latin-1=").append(escape(folder.toAbsolutePath().toString())).append('\n');

        Path config = folder.resolve("fontconfig.properties");
        try (Writer out = Files.newBufferedWriter(config, StandardCharsets.ISO_8859_1)) {
            out.write(text.toString());
        }
        return config;
    }

    private static String faceName(String family, int style) {
        return switch (style) {
            case 0 -> family;
            case 1 -> family + " Bold";
            case 2 -> family + (family.contains("Serif") ? " Italic" : " Oblique");
            default -> family + (family.contains("Serif") ? " Bold Italic" : " Bold Oblique");
        };
    }

    private static String escape(String path) {
        return path.replace("\\", "\\\\");
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }
}
