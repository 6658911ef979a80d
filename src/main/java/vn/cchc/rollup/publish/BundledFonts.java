package vn.cchc.rollup.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The DejaVu TrueType fonts shipped inside the jasperreports-fonts jar. */
final class BundledFonts {

    static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
    static final String SANS = "DejaVuSans.ttf";
    static final String SANS_BOLD = "DejaVuSans-Bold.ttf";
    static final String SANS_OBLIQUE = "DejaVuSans-Oblique.ttf";
    static final String SANS_BOLD_OBLIQUE = "DejaVuSans-BoldOblique.ttf";
    static final String SERIF = "DejaVuSerif.ttf";
    static final String SERIF_BOLD = "DejaVuSerif-Bold.ttf";
    static final String SERIF_ITALIC = "DejaVuSerif-Italic.ttf";
    static final String SERIF_BOLD_ITALIC = "DejaVuSerif-BoldItalic.ttf";
    static final String MONO = "DejaVuSansMono.ttf";
    static final String MONO_BOLD = "DejaVuSansMono-Bold.ttf";
    static final String MONO_OBLIQUE = "DejaVuSansMono-Oblique.ttf";
    static final String MONO_BOLD_OBLIQUE = "DejaVuSansMono-BoldOblique.ttf";

    private BundledFonts() {
    }

    static InputStream open(String fileName) {
        InputStream in = BundledFonts.class.getResourceAsStream(FOLDER + fileName);
        if (in == null) {
            throw new UncheckedIOException(new IOException(
                    "font " + fileName + " not on the class path (jasperreports-fonts missing?)"));
        }
        return in;
    }
}
