package vn.cchc.rollup.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes Word reports with POI's XWPF as agencies type them: paragraphs, a borderless letterhead
 * table, tables whose cells may span columns and rows ({@link Span}), hold several paragraphs
 * ("\n"), a line break inside a paragraph ("\u2028"), a footnote reference ({@link Noted}), deleted
 * text of tracked changes ({@link Revised}) or a nested table ({@link Nested}).
 */
public final class WordFiles {

    /** A cell merged over {@code columns} grid columns and {@code rows} rows; the cells it covers are given as null. */
    public record Span(String text, int columns, int rows) {
    }

    /** A cell whose text carries a footnote reference mark. */
    public record Noted(String text, String footnote) {
    }

    /** A cell whose earlier text was deleted with track changes on. */
    public record Revised(String deleted, String inserted) {
    }

    /** A cell holding a paragraph and then a table. */
    public record Nested(String text, List<List<Object>> rows) {
    }

    private final XWPFDocument document = new XWPFDocument();

    public static WordFiles document() {
        return new WordFiles();
    }

    public WordFiles paragraph(String text) {
        write(document.createParagraph(), text);
        return this;
    }

    /** The two-column borderless letterhead: agency block on the left, motto and date on the right. */
    public WordFiles letterhead(String left, String right) {
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();
        fill(table.getRow(0).getCell(0), left);
        fill(table.getRow(0).getCell(1), right);
        return this;
    }

    /** A table; each row lists its grid cells: String, null (empty, or covered by a span), or one of the records. */
    public WordFiles table(List<List<Object>> rows) {
        XWPFTable table = document.createTable();
        build(table, rows);
        return this;
    }

    public Path save(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            document.write(out);
        }
        document.close();
        return file;
    }

    private void build(XWPFTable table, List<List<Object>> rows) {
        // vertical spans still open: first column -> (rows left, columns)
        Map<Integer, int[]> open = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = r == 0 ? table.getRow(0) : table.insertNewTableRow(r);
            List<Object> cells = rows.get(r);
            List<XWPFTableCell> existing = new ArrayList<>(row.getTableCells());
            int used = 0;
            for (int c = 0; c < cells.size(); c++) {
                int[] continuing = open.get(c);
                XWPFTableCell cell = used < existing.size() ? existing.get(used) : row.addNewTableCell();
                used++;
                if (continuing != null) {
                    CTTcPr pr = properties(cell);
                    pr.addNewVMerge().setVal(STMerge.CONTINUE);
                    if (continuing[1] > 1) {
                        pr.addNewGridSpan().setVal(BigInteger.valueOf(continuing[1]));
                    }
                    if (--continuing[0] == 0) {
                        open.remove(c);
                    }
                    if (cell.getParagraphs().isEmpty()) {
                        cell.addParagraph();
                    }
                    c += continuing[1] - 1;
                    continue;
                }
                Object value = cells.get(c);
                if (value instanceof Span span) {
                    CTTcPr pr = properties(cell);
                    if (span.columns() > 1) {
                        pr.addNewGridSpan().setVal(BigInteger.valueOf(span.columns()));
                    }
                    if (span.rows() > 1) {
                        pr.addNewVMerge().setVal(STMerge.RESTART);
                        open.put(c, new int[] {span.rows() - 1, span.columns()});
                    }
                    fill(cell, span.text());
                    c += span.columns() - 1;
                } else {
                    fillValue(cell, value);
                }
            }
        }
    }

    private static CTTcPr properties(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private void fillValue(XWPFTableCell cell, Object value) {
        if (value == null) {
            if (cell.getParagraphs().isEmpty()) {
                cell.addParagraph();
            }
        } else if (value instanceof Noted noted) {
            XWPFParagraph p = firstParagraph(cell);
            write(p, noted.text());
            XWPFFootnote footnote = document.createFootnote();
            write(footnote.createParagraph(), noted.footnote());
            p.createRun().getCTR().addNewFootnoteReference().setId(footnote.getId());
        } else if (value instanceof Revised revised) {
            XWPFParagraph p = firstParagraph(cell);
            p.getCTP().addNewDel().addNewR().addNewDelText().setStringValue(revised.deleted());
            p.getCTP().addNewIns().addNewR().addNewT().setStringValue(revised.inserted());
        } else if (value instanceof Nested nested) {
            fill(cell, nested.text());
            XWPFTable inner = new XWPFTable(cell.getCTTc().addNewTbl(), cell, 1, 1);
            build(inner, nested.rows());
            cell.getCTTc().addNewP();
        } else {
            fill(cell, value.toString());
        }
    }

    private static XWPFParagraph firstParagraph(XWPFTableCell cell) {
        return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
    }

    private static void fill(XWPFTableCell cell, String text) {
        String[] paragraphs = text.split("\n", -1);
        for (int i = 0; i < paragraphs.length; i++) {
            write(i == 0 ? firstParagraph(cell) : cell.addParagraph(), paragraphs[i]);
        }
    }

    private static void write(XWPFParagraph paragraph, String text) {
        String[] lines = text.split("\u2028", -1);
        XWPFRun run = paragraph.createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }
}
