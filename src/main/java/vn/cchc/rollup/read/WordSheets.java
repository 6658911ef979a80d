package vn.cchc.rollup.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import vn.cchc.rollup.normalize.VietText;

/**
 * Presents a Word document to a {@link RowVisitor} as a workbook: each table of three or more
 * columns becomes a sheet named after it ("bảng 2"), whose first rows are the text that says what
 * the table is, as a spreadsheet report has it above its table: the head of the document (the
 * letterhead, the number line, the place and date, the title) and the paragraphs just above the
 * table (its caption, "Biểu 01: …"). Then come the table's rows.
 *
 * <p>Tables of one or two columns are the layout of the page (the letterhead, the signature block,
 * "Nơi nhận"): their text belongs to the head when they stand in it, and they are never a sheet. A
 * document with no other table gives no sheet at all.
 */
final class WordSheets {

    /** Lines of the document's head kept: the letterhead, number, date and title fit well within. */
    static final int HEAD_LINES = 15;
    /** Paragraphs above a table kept as its caption. */
    static final int CAPTION_LINES = 4;
    /** A table this narrow lays out the page; it holds no figures. */
    static final int LAYOUT_TABLE_COLUMNS = 2;

    private final RowVisitor visitor;
    private final List<RawRow> head = new ArrayList<>();
    private final Deque<RawRow> caption = new ArrayDeque<>();
    private boolean headClosed;
    /** A "BÁO CÁO" line waiting for the subject line under it, which completes the title. */
    private RawRow pendingTitle;

    WordSheets(RowVisitor visitor) {
        this.visitor = visitor;
    }

    /** A paragraph of the body, outside any table, by its 0-based number in the body. */
    void paragraph(int number, String text, String font) {
        String clean = VietText.clean(text);
        if (clean.isEmpty()) {
            return;
        }
        if (pendingTitle != null) {
            RawCell first = pendingTitle.cells().get(0);
            RawRow title = pendingTitle.withCells(List.of(new RawCell(0, first.text() + " " + clean, null, false, first.font())));
            pendingTitle = null;
            addLine(title);
            return;
        }
        RawRow line = new RawRow(null, number, false, List.of(new RawCell(0, clean, null, false, font)),
                RawRow.Addressing.WORD_TEXT);
        if (VietText.key(clean).equals("bao cao")) {
            pendingTitle = line;
            return;
        }
        addLine(line);
    }

    /** A complete table; a nested table comes before the table holding it. */
    void table(WordTable table, boolean nested) {
        flushTitle();
        if (table.width() <= LAYOUT_TABLE_COLUMNS) {
            if (!headClosed) {
                layoutLines(table).forEach(this::addToHead);
            }
        } else {
            sheet(table);
            headClosed = true;
        }
        if (!nested) {
            caption.clear();
        }
    }

    private void sheet(WordTable table) {
        String name = table.name();
        if (visitor.startSheet(name, false)) {
            for (RawRow line : head) {
                visitor.row(inSheet(line, name));
            }
            for (RawRow line : caption) {
                visitor.row(inSheet(line, name));
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<RawCell> cells = new ArrayList<>();
                for (WordTable.Cell cell : table.rows().get(r)) {
                    cells.add(new RawCell(cell.column(), cell.text(), null, false, cell.font()));
                }
                if (!cells.isEmpty()) {
                    visitor.row(new RawRow(name, r, false, cells, RawRow.Addressing.WORD_TABLE));
                }
            }
        }
        visitor.endSheet();
    }

    /** A paragraph line belongs to the sheet that shows it; a letterhead cell keeps its own table's name. */
    private static RawRow inSheet(RawRow line, String sheet) {
        return line.addressing() == RawRow.Addressing.WORD_TEXT
                ? new RawRow(sheet, line.index(), false, line.cells(), line.addressing()) : line;
    }

    /**
     * The letterhead as a spreadsheet lays it out: one line per paragraph, the two columns side by
     * side ("UBND TỈNH HÀ TĨNH" beside "CỘNG HÒA …", "SỞ NỘI VỤ" beside "Độc lập …"), so that
     * each line is a name or a date of its own.
     */
    private static List<RawRow> layoutLines(WordTable table) {
        List<RawRow> lines = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<WordTable.Cell> row = table.rows().get(r);
            int depth = row.stream().mapToInt(c -> c.paragraphs().size()).max().orElse(0);
            for (int p = 0; p < depth; p++) {
                List<RawCell> cells = new ArrayList<>();
                for (WordTable.Cell cell : row) {
                    String text = p < cell.paragraphs().size() ? VietText.clean(cell.paragraphs().get(p)) : "";
                    if (!text.isEmpty()) {
                        cells.add(new RawCell(cell.column(), text, null, false, cell.font()));
                    }
                }
                if (!cells.isEmpty()) {
                    lines.add(new RawRow(table.name(), r, false, cells, RawRow.Addressing.WORD_TABLE));
                }
            }
        }
        return lines;
    }

    private void addLine(RawRow line) {
        if (!headClosed && head.size() < HEAD_LINES) {
            head.add(line);
            return;
        }
        headClosed = true;
        caption.addLast(line);
        if (caption.size() > CAPTION_LINES) {
            caption.removeFirst();
        }
    }

    private void addToHead(RawRow line) {
        if (head.size() < HEAD_LINES) {
            head.add(line);
        }
    }

    private void flushTitle() {
        if (pendingTitle != null) {
            RawRow title = pendingTitle;
            pendingTitle = null;
            addLine(title);
        }
    }
}
