package vn.cchc.rollup.publish;

import vn.cchc.rollup.xlsx.Look;
import org.apache.poi.ss.usermodel.Workbook;
import vn.cchc.rollup.catalog.AgencyKind;
import vn.cchc.rollup.score.AgencyScore;
import vn.cchc.rollup.score.Band;
import vn.cchc.rollup.score.BandScale;
import vn.cchc.rollup.score.PeriodResult;

/** The block "Xếp loại" of the overview sheet: how many agencies of each kind fall in each band. */
final class BandCounts {

    static final int FIRST_COLUMN = 8;
    static final int HEADER_ROW = OverviewSheet.BLOCK_ROW;
    static final String NOT_REPORTED = "Chưa báo cáo";

    private BandCounts() {
    }

    static void write(Workbook workbook, WorkbookStyles styles, PeriodResult result, BandScale bands) {
        SheetWriter out = new SheetWriter(workbook.getSheet(OverviewSheet.NAME), styles);
        Look count = Looks.number(Looks.COUNT_FORMAT);
        out.text(HEADER_ROW, FIRST_COLUMN, "Xếp loại", Looks.HEADER);
        out.text(HEADER_ROW, FIRST_COLUMN + 1, "Khối Sở", Looks.HEADER);
        out.text(HEADER_ROW, FIRST_COLUMN + 2, "Khối xã", Looks.HEADER);
        int row = HEADER_ROW + 1;
        for (Band band : bands.bands()) {
            out.text(row, FIRST_COLUMN, band.name());
            out.number(row, FIRST_COLUMN + 1, count(result, bands, band, AgencyKind.SO), count);
            out.number(row++, FIRST_COLUMN + 2, count(result, bands, band, AgencyKind.XA), count);
        }
        out.text(row, FIRST_COLUMN, NOT_REPORTED);
        out.number(row, FIRST_COLUMN + 1, notReported(result, AgencyKind.SO), count);
        out.number(row, FIRST_COLUMN + 2, notReported(result, AgencyKind.XA), count);
    }

    /** Agencies of the kind that reported, in the band of the score they are shown with. */
    static long count(PeriodResult result, BandScale bands, Band band, AgencyKind kind) {
        return result.scores().stream()
                .filter(s -> s.agency().kind() == kind && s.reported())
                .map(AgencyScore::score)
                .filter(score -> ShownScore.band(bands, score).equals(band))
                .count();
    }

    /** Agencies with no value this period: their own line, not "Yếu". */
    static long notReported(PeriodResult result, AgencyKind kind) {
        return result.scores().stream().filter(s -> s.agency().kind() == kind && !s.reported()).count();
    }
}
