package vn.cchc.rollup.xlsx;

import java.util.Objects;

/**
 * How a sheet prints: paper, orientation, all columns on one page width, the table's header rows
 * repeated on every page, the document title in the page header, and a footer with the print date
 * (the field {@code &D}, filled in when printing, so no file carries the day it was written) and
 * "Trang x/y".
 *
 * @param headerFirstRow first row repeated at the top of every page (0-based), or -1 for none
 * @param headerLastRow  last row repeated at the top of every page
 * @param pagesTall      at most this many pages down, shrinking the print to fit; 0 for as many as needed
 */
public record PageLayout(Paper paper, boolean landscape, String title, int headerFirstRow, int headerLastRow,
        int pagesTall) {

    /** Excel's paper size codes. */
    public enum Paper {
        A4(9), A3(8);

        private final int code;

        Paper(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    /** Margins in inches: 1.5 cm left and right, 2 cm top and bottom, room for the header and footer. */
    public static final double SIDE_MARGIN = 0.6;
    public static final double TOP_MARGIN = 0.8;
    public static final double HEADER_MARGIN = 0.3;
    /** Rows are this tall at least (points), so that "Ế" or "Ở" is not clipped at the top. */
    public static final double ROW_POINTS = 17;

    public PageLayout {
        Objects.requireNonNull(paper, "paper");
        title = title == null ? "" : title;
        if (headerFirstRow >= 0 && headerLastRow < headerFirstRow) {
            throw new IllegalArgumentException("header rows " + headerFirstRow + ".." + headerLastRow);
        }
    }

    public static PageLayout portrait(String title) {
        return new PageLayout(Paper.A4, false, title, -1, -1, 0);
    }

    public static PageLayout landscape(String title) {
        return new PageLayout(Paper.A4, true, title, -1, -1, 0);
    }

    /** The same layout with rows {@code first}..{@code last} printed at the top of every page. */
    public PageLayout repeating(int first, int last) {
        return new PageLayout(paper, landscape, title, first, last, pagesTall);
    }

    public PageLayout on(Paper newPaper) {
        return new PageLayout(newPaper, landscape, title, headerFirstRow, headerLastRow, pagesTall);
    }

    /** The same layout shrunk to print on at most {@code pages} pages down. */
    public PageLayout atMostPagesTall(int pages) {
        return new PageLayout(paper, landscape, title, headerFirstRow, headerLastRow, pages);
    }

    public boolean repeatsRows() {
        return headerFirstRow >= 0;
    }

    /** The page header: the title, centred ("&" doubled, as header codes start with it). */
    public String header() {
        return title.isEmpty() ? "" : "&C" + title.replace("&", "&&");
    }

    /** The page footer: print date on the left, "Trang x/y" on the right. */
    public String footer() {
        return "&LIn ngày &D&RTrang &P/&N";
    }
}
