package vn.cchc.rollup.publish;

import java.util.Locale;
import vn.cchc.rollup.catalog.Letterhead;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.xlsx.Look;

/**
 * What a printed sheet starts and ends with. The first sheet of the summary and every scorecard
 * look like an administrative document (Nghị định 30/2020/NĐ-CP): issuing body top left, national
 * motto top right, place and date, title in capitals; a signature block at the end. Other sheets
 * start with a title row naming their content and the period.
 */
final class OfficialDocument {

    static final String MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO_LINE = "Độc lập - Tự do - Hạnh phúc";
    /** Blanks for the day and month, written at signing: the file does not change with the day it is made. */
    static final String DATE_BLANKS = ", ngày     tháng     năm ";
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private static final Look CENTERED = Look.PLAIN.centered();
    private static final Look BOLD_CENTERED = Looks.BOLD.centered();
    private static final Look ITALIC_CENTERED = Look.PLAIN.withFont(Look.Font.ITALIC).centered();
    private static final Look TITLE_CENTERED = Looks.TITLE.centered();

    private OfficialDocument() {
    }

    /**
     * Issuing body over columns 0..{@code leftLast}, motto over the columns after it up to
     * {@code lastColumn}, the place and date, then the title and subtitle over every column.
     *
     * @return the first row free after the heading
     */
    static int heading(SheetWriter out, Plan plan, Period period, int leftLast, int lastColumn,
            String title, String subtitle) {
        Letterhead head = plan.letterhead();
        int right = leftLast + 1;
        int row = 0;
        if (!head.issuerParent().isEmpty()) {
            centered(out, row++, 0, leftLast, head.issuerParent(), CENTERED);
        }
        centered(out, row, 0, leftLast, head.issuerName(), BOLD_CENTERED);
        centered(out, 0, right, lastColumn, MOTTO, BOLD_CENTERED);
        centered(out, 1, right, lastColumn, MOTTO_LINE, BOLD_CENTERED);
        centered(out, 3, right, lastColumn, placeAndDate(plan, period), ITALIC_CENTERED);
        centered(out, 5, 0, lastColumn, title, TITLE_CENTERED);
        out.rowHeight(5, 26);
        centered(out, 6, 0, lastColumn, subtitle, BOLD_CENTERED);
        return 8;
    }

    /** "Hà Tĩnh, ngày     tháng     năm 2026": the year the period ends, day and month left to the signer. */
    static String placeAndDate(Plan plan, Period period) {
        String place = plan.provinceName().place();
        return (place.isEmpty() ? "" : place) + DATE_BLANKS.substring(place.isEmpty() ? 2 : 0) + period.end().getYear();
    }

    /**
     * The signature block from {@code row}: "Nơi nhận" on the left, the signer's title over
     * {@code firstColumn}..{@code lastColumn}, room to sign, then the name (blank when not configured).
     *
     * @return the first row free after the block
     */
    static int signature(SheetWriter out, Plan plan, int row, int leftLast, int firstColumn, int lastColumn) {
        Letterhead head = plan.letterhead();
        out.text(row, 0, "Nơi nhận:", Look.PLAIN.withFont(Look.Font.ITALIC));
        out.text(row + 1, 0, "- Lưu: VT.", Look.PLAIN);
        centered(out, row, firstColumn, lastColumn, head.signerTitle(), BOLD_CENTERED);
        if (!head.signerSubtitle().isEmpty()) {
            centered(out, row + 1, firstColumn, lastColumn, head.signerSubtitle(), BOLD_CENTERED);
        }
        int name = row + 6;
        centered(out, name, firstColumn, lastColumn, head.signerName(), BOLD_CENTERED);
        return name + 1;
    }

    /**
     * The title row of a sheet other than the first: what it holds and the period, in capitals,
     * then the province and period on the row below.
     *
     * @return the first row free after the title (a blank row left before the table)
     */
    static int title(SheetWriter out, Plan plan, Period period, String content) {
        out.text(0, 0, content.toUpperCase(VIETNAMESE) + " – " + period.label().toUpperCase(VIETNAMESE), Looks.TITLE);
        out.rowHeight(0, 24);
        out.text(1, 0, plan.provinceName().titlePrefix() + "Kỳ báo cáo: " + period.label(), Looks.BOLD);
        return 3;
    }

    /** The title printed at the top of every page of the summary. */
    static String summaryTitle(Period period) {
        return "Tổng hợp kết quả cải cách hành chính – " + period.label();
    }

    private static void centered(SheetWriter out, int row, int first, int last, String text, Look look) {
        out.text(row, first, text, look);
        if (last > first) {
            out.merge(row, row, first, last);
        }
    }
}
