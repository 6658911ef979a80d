package vn.cchc.rollup.publish;

/** How many lines a text takes when wrapped at a column width, the way a spreadsheet wraps words. */
final class TextLines {

    /** Letters with diacritics and capitals are wider than the digit a column width counts in. */
    private static final double LETTER_WIDTH = 1.1;

    private TextLines() {
    }

    /** @param width the column width in characters */
    static int count(String text, int width) {
        double room = Math.max(1, width - 1.5);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            double used = 0;
            for (String word : paragraph.split(" ")) {
                double length = word.codePointCount(0, word.length()) * LETTER_WIDTH;
                double needed = used == 0 ? length : used + LETTER_WIDTH + length;
                if (needed <= room || used == 0) {
                    used = needed;
                    while (used > room) {
                        lines++;
                        used -= room;
                    }
                } else {
                    lines++;
                    used = length;
                }
            }
        }
        return lines;
    }
}
