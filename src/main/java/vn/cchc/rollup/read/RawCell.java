package vn.cchc.rollup.read;

import java.math.BigDecimal;

/**
 * One non-empty cell as stored in a file, before any interpretation.
 *
 * @param column        0-based column index
 * @param text          the cell's text: a string cell's string; for a numeric cell the number in
 *                      plain notation ("95.5"); for a date-formatted cell the ISO date ("2026-04-05");
 *                      for a formula its cached value the same way; for a boolean "TRUE"/"FALSE"
 * @param number        the numeric value of a numeric cell (or a formula's cached number), else null;
 *                      null for date-formatted cells
 * @param percentFormat the cell's number format shows a percent ("0.0%"): 0.955 is displayed 95,5 %
 * @param font          the cell's font name where the format has one (".VnTime", "VNI-Times"), else null
 */
public record RawCell(int column, String text, BigDecimal number, boolean percentFormat, String font) {

    public static RawCell text(int column, String text) {
        return new RawCell(column, text, null, false, null);
    }

    public boolean isNumeric() {
        return number != null;
    }
}
