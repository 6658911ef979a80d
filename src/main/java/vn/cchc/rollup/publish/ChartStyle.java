package vn.cchc.rollup.publish;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.renderer.category.StandardBarPainter;

/** Look of every chart: DejaVu Sans (covers Vietnamese), white background, vi-VN numbers. */
final class ChartStyle {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    static final Color[] SERIES = {
        new Color(0x1F4E79), new Color(0xC55A11), new Color(0x548235), new Color(0x7F6000)};
    static final Color TARGET = new Color(0xC00000);

    private static Font regular;
    private static Font bold;

    private ChartStyle() {
    }

    static synchronized StandardChartTheme theme() {
        loadFonts();
        StandardChartTheme theme = new StandardChartTheme("CCHC");
        theme.setExtraLargeFont(bold.deriveFont(22f));
        theme.setLargeFont(bold.deriveFont(15f));
        theme.setRegularFont(regular.deriveFont(13f));
        theme.setSmallFont(regular.deriveFont(11f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xBFBFBF));
        theme.setDomainGridlinePaint(new Color(0xBFBFBF));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        return theme;
    }

    static Font font(float size, boolean isBold) {
        loadFonts();
        return (isBold ? bold : regular).deriveFont(size);
    }

    /** 1.200 and 95,5 as officials write numbers. */
    static NumberFormat numbers(int maxDecimals) {
        NumberFormat format = NumberFormat.getInstance(VIETNAMESE);
        format.setMaximumFractionDigits(maxDecimals);
        format.setMinimumFractionDigits(0);
        return format;
    }

    private static synchronized void loadFonts() {
        if (regular != null) {
            return;
        }
        FontSetup.ensure();
        regular = register(BundledFonts.SANS);
        bold = register(BundledFonts.SANS_BOLD);
    }

    private static Font register(String fileName) {
        try (InputStream in = BundledFonts.open(fileName)) {
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font " + fileName + " is not a TrueType font", e);
        }
    }
}
