package vn.cchc.rollup.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook of a few short sheets, written as SpreadsheetML without a workbook model. The same
 * content always gives the same bytes: the document is dated by the caller and every zip entry
 * carries the same fixed time.
 *
 * <pre>{@code
 * SmallWorkbook workbook = new SmallWorkbook("Title", "cchc-rollup", date);
 * SmallSheet sheet = workbook.sheet("Kết quả");
 * sheet.text(0, 0, "Điểm", Look.PLAIN.withFont(Look.Font.BOLD));
 * workbook.write(out);
 * }</pre>
 */
public final class SmallWorkbook {

    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final String title;
    private final String creator;
    private final Instant date;
    private final Stylesheet stylesheet = new Stylesheet();
    private final List<SmallSheet> sheets = new ArrayList<>();

    public SmallWorkbook(String title, String creator, Instant date) {
        this.title = Objects.requireNonNull(title, "title");
        this.creator = Objects.requireNonNull(creator, "creator");
        this.date = Objects.requireNonNull(date, "date");
    }

    /** Adds a sheet after the others. */
    public SmallSheet sheet(String name) {
        for (SmallSheet sheet : sheets) {
            if (sheet.name().equalsIgnoreCase(name)) {
                throw new IllegalArgumentException("two sheets named " + name);
            }
        }
        SmallSheet sheet = new SmallSheet(name, stylesheet);
        sheets.add(sheet);
        return sheet;
    }

    /** Writes the workbook as an .xlsx package; the stream is finished but not closed. */
    public void write(OutputStream out) throws IOException {
        if (sheets.isEmpty()) {
            throw new IllegalStateException("a workbook needs at least one sheet");
        }
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        // fastest deflate: files about 8 % larger than at the default level, written in far less time
        zip.setLevel(Deflater.BEST_SPEED);
        entry(zip, "[Content_Types].xml", Parts.contentTypes(sheets.size()));
        entry(zip, "_rels/.rels", Parts.packageRelationships());
        entry(zip, "docProps/core.xml", Parts.coreProperties(title, creator, date));
        entry(zip, "docProps/app.xml", Parts.appProperties(creator));
        entry(zip, "xl/workbook.xml", Parts.workbook(sheets));
        entry(zip, "xl/_rels/workbook.xml.rels", Parts.workbookRelationships(sheets.size()));
        entry(zip, "xl/styles.xml", stylesheet.xml());
        for (int i = 0; i < sheets.size(); i++) {
            entry(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", sheets.get(i).xml(i == 0));
        }
        zip.finish();
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
