package vn.cchc.rollup.read.layouts;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word report as agencies send it: a borderless two-column letterhead table, the title, the narrative,
 * the indicator table (merged header through gridSpan / vMerge, numbers typed as text) and a borderless
 * "Nơi nhận" / signature table.
 */
final class DocxReportWriter implements ReportWriter {

    @Override
    public void write(ReportContent content, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            if (!content.letterLeft().isEmpty()) {
                twoColumns(doc, content.letterLeft(), content.letterRight());
            }
            for (String line : content.titleLines()) {
                paragraph(doc, line, ParagraphAlignment.CENTER, true);
            }
            for (List<String> label : content.labels()) {
                paragraph(doc, String.join(" ", label), ParagraphAlignment.LEFT, false);
            }
            if (content.extra() == ExtraSheets.BEFORE) {
                SheetComposer.NARRATIVE.forEach(line -> paragraph(doc, line, ParagraphAlignment.BOTH, false));
            }
            paragraph(doc, "Biểu 01: Kết quả thực hiện các chỉ tiêu cải cách hành chính", ParagraphAlignment.LEFT, true);
            List<List<Cell>> rows = new ArrayList<>(content.header().rows());
            rows.addAll(content.body());
            table(doc, rows, content.header().merges(), content.columns().size());
            if (content.extra() == ExtraSheets.AFTER) {
                SheetComposer.NARRATIVE.forEach(line -> paragraph(doc, line, ParagraphAlignment.BOTH, false));
            }
            if (!content.recipients().isEmpty()) {
                twoColumns(doc, content.recipients(), content.signer());
            }
            doc.write(out);
        }
    }

    private static void paragraph(XWPFDocument doc, String text, ParagraphAlignment alignment, boolean bold) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setText(text);
    }

    /** A borderless table with one cell a side, each line its own paragraph. */
    private static void twoColumns(XWPFDocument doc, List<String> left, List<String> right) {
        XWPFTable table = doc.createTable(1, 2);
        XWPFTable.XWPFBorderType none = XWPFTable.XWPFBorderType.NONE;
        table.setTopBorder(none, 0, 0, "auto");
        table.setBottomBorder(none, 0, 0, "auto");
        table.setLeftBorder(none, 0, 0, "auto");
        table.setRightBorder(none, 0, 0, "auto");
        table.setInsideHBorder(none, 0, 0, "auto");
        table.setInsideVBorder(none, 0, 0, "auto");
        lines(table.getRow(0).getCell(0), left);
        lines(table.getRow(0).getCell(1), right);
    }

    private static void lines(XWPFTableCell cell, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            paragraph.createRun().setText(lines.get(i));
        }
    }

    /** A Word table of {@code rows} on a grid of {@code width} columns, merged through gridSpan and vMerge. */
    static void table(XWPFDocument doc, List<List<Cell>> rows, List<Merge> merges, int width) {
        XWPFTable table = doc.createTable(1, 1);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < width; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(1200));
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
            while (!row.getTableCells().isEmpty()) {
                row.removeCell(0);
            }
            for (int c = 0; c < width; c++) {
                Merge merge = mergeAt(merges, r, c);
                if (merge != null && c != merge.firstCol()) {
                    continue;
                }
                XWPFTableCell cell = row.createCell();
                CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                if (merge != null) {
                    int span = merge.lastCol() - merge.firstCol() + 1;
                    if (span > 1) {
                        properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
                    }
                    if (merge.lastRow() > merge.firstRow()) {
                        properties.addNewVMerge().setVal(r == merge.firstRow() ? STMerge.RESTART : STMerge.CONTINUE);
                    }
                }
                boolean origin = merge == null || r == merge.firstRow();
                Cell value = c < rows.get(r).size() && origin ? rows.get(r).get(c) : Cell.EMPTY;
                text(cell, value.shown());
            }
        }
    }

    private static void text(XWPFTableCell cell, String text) {
        XWPFParagraph paragraph = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        XWPFRun run = paragraph.createRun();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }

    private static Merge mergeAt(List<Merge> merges, int row, int col) {
        return merges.stream().filter(m -> m.covers(row, col)).findFirst().orElse(null);
    }
}
