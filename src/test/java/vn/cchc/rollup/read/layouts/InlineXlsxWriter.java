package vn.cchc.rollup.read.layouts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.CellReference;

/**
 * Writes an .xlsx package by hand with every string inline ({@code t="inlineStr"}) and no shared-strings
 * part, the way many exporting programs do. Style 1 is a percent format, style 2 wraps text.
 */
final class InlineXlsxWriter implements ReportWriter {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    @Override
    public void write(ReportContent content, Path file) throws IOException {
        write(SheetComposer.pages(content), file);
    }

    void write(List<Page> pages, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", contentTypes(pages.size()));
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
                    .formatted(REL));
            put(zip, "xl/workbook.xml", workbook(pages));
            put(zip, "xl/_rels/workbook.xml.rels", workbookRels(pages.size()));
            put(zip, "xl/styles.xml", STYLES);
            for (int i = 0; i < pages.size(); i++) {
                put(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", sheet(pages.get(i)));
            }
        }
    }

    private static String contentTypes(int sheets) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
        for (int i = 1; i <= sheets; i++) {
            xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return xml.append("</Types>").toString();
    }

    private static String workbook(List<Page> pages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<workbook xmlns=\"").append(MAIN).append("\" xmlns:r=\"").append(REL).append("\"><sheets>");
        for (int i = 0; i < pages.size(); i++) {
            xml.append("<sheet name=\"").append(escape(pages.get(i).name())).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        return xml.append("</sheets></workbook>").toString();
    }

    private static String workbookRels(int sheets) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 1; i <= sheets; i++) {
            xml.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        xml.append("<Relationship Id=\"rId").append(sheets + 1).append("\" Type=\"").append(REL)
                .append("/styles\" Target=\"styles.xml\"/>");
        return xml.append("</Relationships>").toString();
    }

    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>\
            <fonts count="1"><font><sz val="12"/><name val="Times New Roman"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1"/></xf></cellXfs>\
            </styleSheet>""";

    private static String sheet(Page page) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<worksheet xmlns=\"").append(MAIN).append("\" xmlns:r=\"").append(REL).append("\">");
        if (!page.hiddenColumns().isEmpty()) {
            xml.append("<cols>");
            page.hiddenColumns().stream().sorted().forEach(c -> xml.append("<col min=\"").append(c + 1)
                    .append("\" max=\"").append(c + 1).append("\" width=\"0\" hidden=\"1\" customWidth=\"1\"/>"));
            xml.append("</cols>");
        }
        xml.append("<sheetData>");
        for (int r = 0; r < page.rows().size(); r++) {
            xml.append("<row r=\"").append(r + 1).append("\">");
            List<Cell> cells = page.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                if (!cell.isEmpty()) {
                    xml.append(cellXml(new CellReference(r, c).formatAsString(false), cell));
                }
            }
            xml.append("</row>");
        }
        xml.append("</sheetData>");
        if (!page.merges().isEmpty()) {
            xml.append("<mergeCells count=\"").append(page.merges().size()).append("\">");
            for (Merge m : page.merges()) {
                xml.append("<mergeCell ref=\"").append(new CellReference(m.firstRow(), m.firstCol()).formatAsString(false))
                        .append(':').append(new CellReference(m.lastRow(), m.lastCol()).formatAsString(false)).append("\"/>");
            }
            xml.append("</mergeCells>");
        }
        return xml.append("</worksheet>").toString();
    }

    private static String cellXml(String ref, Cell cell) {
        return switch (cell.kind()) {
            case TEXT -> "<c r=\"" + ref + "\" t=\"inlineStr\"" + (cell.text().contains("\n") ? " s=\"2\"" : "")
                    + "><is><t xml:space=\"preserve\">" + escape(cell.text()) + "</t></is></c>";
            case NUMBER -> "<c r=\"" + ref + "\"><v>" + cell.number().toPlainString() + "</v></c>";
            case PERCENT -> "<c r=\"" + ref + "\" s=\"1\"><v>" + cell.number().toPlainString() + "</v></c>";
        };
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
