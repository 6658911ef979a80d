package vn.cchc.rollup.publish;

import vn.cchc.rollup.catalog.Unit;
import vn.cchc.rollup.score.Status;
import vn.cchc.rollup.xlsx.Look;

/** The cell looks of every published workbook, whichever writer draws them. */
final class Looks {

    static final String PERCENT_FORMAT = "0.0";
    static final String COUNT_FORMAT = "#,##0";
    static final String YES_NO_FORMAT = "\"Có\";\"Có\";\"Không\"";
    static final String SCORE_FORMAT = "0.00";
    static final String HEADER_FILL = "D9E1F2";
    static final String MET_FILL = "C6EFCE";
    static final String NOT_MET_FILL = "FFC7CE";
    static final String MISSING_FILL = "D9D9D9";
    static final String NOT_DUE_FILL = "DDEBF7";

    static final Look TITLE = Look.PLAIN.withFont(Look.Font.TITLE);
    static final Look BOLD = Look.PLAIN.withFont(Look.Font.BOLD);
    static final Look TEXT = Look.PLAIN.withBorder().aligned(Look.Vertical.CENTER);
    static final Look WRAPPED = TEXT.wrapped(Look.Vertical.CENTER);
    static final Look HEADER = TEXT.withFont(Look.Font.BOLD).withFill(HEADER_FILL)
            .wrapped(Look.Vertical.CENTER).centered();

    private Looks() {
    }

    static String numberFormat(Unit unit) {
        return switch (unit) {
            case PERCENT -> PERCENT_FORMAT;
            case COUNT -> COUNT_FORMAT;
            case YES_NO -> YES_NO_FORMAT;
        };
    }

    static String fill(Status status) {
        return switch (status) {
            case MET -> MET_FILL;
            case NOT_MET -> NOT_MET_FILL;
            case MISSING -> MISSING_FILL;
            case NOT_DUE -> NOT_DUE_FILL;
        };
    }

    /** A bordered cell with an optional number format and an optional fill; a filled text cell is centred. */
    static Look cell(String format, String fill) {
        Look look = TEXT.withFormat(format).withFill(fill);
        return format == null && fill != null ? look.centered() : look;
    }

    static Look number(String format) {
        return cell(format, null);
    }
}
