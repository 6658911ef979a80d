package vn.cchc.rollup.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads the tables of a Word 97–2003 {@code .doc} report through POI's HWPF, as {@link WordSheets}
 * presents a {@code .docx}. The format has no column grid: a cell's column is found from its left
 * edge among the edges of the whole table. Tables nested in a cell are read as that cell's text.
 * A file HWPF cannot read is refused with a request for the {@code .docx}.
 */
public final class DocTableReader implements TableReader {

    /** Edges closer than this (in twips, 1/20 pt) are the same column line. */
    private static final int EDGE_TOLERANCE = 30;

    @Override
    public void read(Path file, RowVisitor visitor) throws UnreadableFileException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry(Ole2Files.ENCRYPTION_INFO)) {
                throw ReadFailures.of(ReadFailures.PASSWORD_PROTECTED, null);
            }
            HWPFDocument document = new HWPFDocument(fs.getRoot());
            readRange(document.getRange(), new WordSheets(new GuardedVisitor(visitor)));
        } catch (GuardedVisitor.VisitorFailure failure) {
            throw GuardedVisitor.rethrow(failure);
        } catch (EncryptedDocumentException e) {
            throw ReadFailures.of(ReadFailures.PASSWORD_PROTECTED, e);
        } catch (IOException | RuntimeException e) {
            throw ReadFailures.of(ReadFailures.OLD_WORD, e);
        }
    }

    private static void readRange(Range range, WordSheets sheets) {
        int tables = 0;
        int bodyParagraphs = 0;
        for (int i = 0; i < range.numParagraphs(); i++) {
            Paragraph paragraph = range.getParagraph(i);
            if (paragraph.isInTable()) {
                Table table = range.getTable(paragraph);
                sheets.table(table(table, "bảng " + (++tables)), false);
                i += Math.max(0, table.numParagraphs() - 1);
            } else {
                sheets.paragraph(bodyParagraphs++, text(paragraph.text()), null);
            }
        }
    }

    private static WordTable table(Table table, String name) {
        List<Integer> edges = edges(table);
        WordTable.Builder builder = new WordTable.Builder(name);
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            builder.startRow();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                boolean covered = cell.isMerged() && !cell.isFirstMerged()
                        || cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                if (!covered) {
                    builder.cellAt(columnOf(edges, cell.getLeftEdge()), paragraphs(cell), null);
                }
            }
            builder.endRow();
        }
        return builder.build();
    }

    /** The distinct left edges of the table's cells, left to right: the lines of its column grid. */
    private static List<Integer> edges(Table table) {
        TreeSet<Integer> all = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                all.add(row.getCell(c).getLeftEdge());
            }
        }
        List<Integer> edges = new ArrayList<>();
        for (int edge : all) {
            if (edges.isEmpty() || edge - edges.get(edges.size() - 1) > EDGE_TOLERANCE) {
                edges.add(edge);
            }
        }
        return edges;
    }

    private static int columnOf(List<Integer> edges, int leftEdge) {
        int column = 0;
        for (int i = 0; i < edges.size(); i++) {
            if (edges.get(i) <= leftEdge + EDGE_TOLERANCE) {
                column = i;
            }
        }
        return column;
    }

    private static List<String> paragraphs(TableCell cell) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < cell.numParagraphs(); p++) {
            paragraphs.add(text(cell.getParagraph(p).text()));
        }
        return paragraphs;
    }

    /** A paragraph's text without field codes and Word's control marks (cell end, paragraph end, line break as a line break). */
    private static String text(String raw) {
        String stripped = Range.stripFields(raw);
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c == '\u000B') {
                out.append('\n');
            } else if (c == '\t') {
                out.append(' ');
            } else if (c >= ' ' || c == '\n') {
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
