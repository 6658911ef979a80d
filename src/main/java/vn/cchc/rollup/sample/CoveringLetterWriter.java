package vn.cchc.rollup.sample;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.template.ReproducibleWorkbooks;

/**
 * Writes the covering letter (công văn) an agency sends with its report, as a Word document: the
 * letterhead, the subject, a few lines, the signature and "Nơi nhận". It has no table of figures.
 */
final class CoveringLetterWriter {

    private CoveringLetterWriter() {
    }

    static void write(Plan plan, Agency agency, Period period, Path file) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            twoColumns(document,
                    new String[] {plan.provinceName().committee().toUpperCase(java.util.Locale.ROOT),
                        agency.name().toUpperCase(java.util.Locale.ROOT), "Số: 15/CV",
                        "V/v gửi báo cáo kết quả thực hiện công tác CCHC " + period.label()},
                    new String[] {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                        plan.province() + ", ngày " + period.end().plusDays(5).getDayOfMonth() + " tháng "
                                + period.end().plusDays(5).getMonthValue() + " năm " + period.end().plusDays(5).getYear()});
            paragraph(document, "Kính gửi: Sở Nội vụ");
            paragraph(document, "Thực hiện chế độ báo cáo định kỳ về công tác cải cách hành chính, " + agency.name()
                    + " gửi kèm theo công văn này báo cáo kết quả thực hiện công tác cải cách hành chính "
                    + period.label() + " để Sở Nội vụ tổng hợp.");
            paragraph(document, "Trân trọng./.");
            twoColumns(document, new String[] {"Nơi nhận:", "- Như trên;", "- Lưu: VT."},
                    new String[] {"THỦ TRƯỞNG ĐƠN VỊ", "(đã ký)"});
            ReproducibleWorkbooks.save(document, file);
        }
    }

    private static void twoColumns(XWPFDocument document, String[] left, String[] right) {
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();
        fill(table.getRow(0).getCell(0), left);
        fill(table.getRow(0).getCell(1), right);
    }

    private static void fill(XWPFTableCell cell, String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            paragraph.createRun().setText(lines[i]);
        }
    }

    private static void paragraph(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.createRun().setText(text);
    }
}
