package vn.cchc.rollup.xlsx;

import java.util.Locale;
import java.util.Objects;

/**
 * How a cell looks: font, thin border all round, number format, solid fill (RGB hex such as
 * {@code "C6EFCE"}), wrapping and alignment. Immutable; the {@code with…} methods give a changed copy.
 */
public record Look(Font font, boolean bordered, String format, String fill, boolean wrapped,
        Horizontal horizontal, Vertical vertical) {

    public enum Font {
        NORMAL(false, false, 11), BOLD(true, false, 11), TITLE(true, false, 16), ITALIC(false, true, 11);

        private final boolean bold;
        private final boolean italic;
        private final int points;

        Font(boolean bold, boolean italic, int points) {
            this.bold = bold;
            this.italic = italic;
            this.points = points;
        }

        public boolean bold() {
            return bold;
        }

        public boolean italic() {
            return italic;
        }

        public int points() {
            return points;
        }
    }

    public enum Horizontal { GENERAL, CENTER }

    public enum Vertical { BOTTOM, CENTER, TOP }

    /** Excel's default cell: no border, no format. */
    public static final Look PLAIN = new Look(Font.NORMAL, false, null, null, false, Horizontal.GENERAL, Vertical.BOTTOM);

    public Look {
        Objects.requireNonNull(font, "font");
        Objects.requireNonNull(horizontal, "horizontal");
        Objects.requireNonNull(vertical, "vertical");
        if (fill != null && !isRgb(fill)) {
            throw new IllegalArgumentException("fill must be six hex digits: " + fill);
        }
        fill = fill == null ? null : fill.toUpperCase(Locale.ROOT);
    }

    /** Six hex digits; a loop, not a regular expression: a scorecard makes a look for each of its cells. */
    private static boolean isRgb(String fill) {
        if (fill.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            char c = fill.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    public Look withFont(Font newFont) {
        return new Look(newFont, bordered, format, fill, wrapped, horizontal, vertical);
    }

    public Look withBorder() {
        return new Look(font, true, format, fill, wrapped, horizontal, vertical);
    }

    public Look withFormat(String newFormat) {
        return new Look(font, bordered, newFormat, fill, wrapped, horizontal, vertical);
    }

    public Look withFill(String newFill) {
        return new Look(font, bordered, format, newFill, wrapped, horizontal, vertical);
    }

    public Look wrapped(Vertical newVertical) {
        return new Look(font, bordered, format, fill, true, horizontal, newVertical);
    }

    public Look aligned(Vertical newVertical) {
        return new Look(font, bordered, format, fill, wrapped, horizontal, newVertical);
    }

    public Look centered() {
        return new Look(font, bordered, format, fill, wrapped, Horizontal.CENTER, vertical);
    }
}
