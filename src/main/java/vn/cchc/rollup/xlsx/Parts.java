package vn.cchc.rollup.xlsx;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The package parts of a workbook other than its sheets and styles. */
final class Parts {

    static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private Parts() {
    }

    static String contentTypes(int sheets) {
        StringBuilder out = new StringBuilder(XML_DECLARATION)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append(override("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"));
        for (int i = 1; i <= sheets; i++) {
            out.append(override("/xl/worksheets/sheet" + i + ".xml",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"));
        }
        return out.append(override("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"))
                .append(override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"))
                .append(override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"))
                .append("</Types>").toString();
    }

    static String packageRelationships() {
        return XML_DECLARATION + "<Relationships xmlns=\"" + RELATIONSHIPS + "\">"
                + relationship("rId1", OFFICE_RELATIONSHIPS + "/officeDocument", "xl/workbook.xml")
                + relationship("rId2", RELATIONSHIPS + "/metadata/core-properties", "docProps/core.xml")
                + relationship("rId3", OFFICE_RELATIONSHIPS + "/extended-properties", "docProps/app.xml")
                + "</Relationships>";
    }

    static String workbookRelationships(int sheets) {
        StringBuilder out = new StringBuilder(XML_DECLARATION).append("<Relationships xmlns=\"").append(RELATIONSHIPS).append("\">");
        for (int i = 1; i <= sheets; i++) {
            out.append(relationship("rId" + i, OFFICE_RELATIONSHIPS + "/worksheet", "worksheets/sheet" + i + ".xml"));
        }
        return out.append(relationship("rId" + (sheets + 1), OFFICE_RELATIONSHIPS + "/styles", "styles.xml"))
                .append("</Relationships>").toString();
    }

    static String workbook(List<SmallSheet> sheets) {
        StringBuilder out = new StringBuilder(XML_DECLARATION)
                .append("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"")
                .append(OFFICE_RELATIONSHIPS).append("\"><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            out.append("<sheet name=\"");
            XmlText.append(out, sheets.get(i).name());
            out.append("\" sheetId=\"").append(i + 1).append(sheets.get(i).hidden() ? "\" state=\"hidden" : "")
                    .append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        out.append("</sheets>");
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < sheets.size(); i++) {
            String range = sheets.get(i).filterDatabase();
            if (range != null) {
                names.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(i).append("\" hidden=\"1\">");
                XmlText.append(names, range);
                names.append("</definedName>");
            }
            String titles = sheets.get(i).printTitles();
            if (titles != null) {
                names.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(i).append("\">");
                XmlText.append(names, titles);
                names.append("</definedName>");
            }
        }
        if (!names.isEmpty()) {
            out.append("<definedNames>").append(names).append("</definedNames>");
        }
        return out.append("</workbook>").toString();
    }

    static String coreProperties(String title, String creator, Instant date) {
        String when = date.truncatedTo(ChronoUnit.SECONDS).toString();
        StringBuilder out = new StringBuilder(XML_DECLARATION)
                .append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
                .append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(when).append("</dcterms:created>")
                .append("<dc:creator>");
        XmlText.append(out, creator);
        out.append("</dc:creator>")
                .append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").append(when).append("</dcterms:modified>")
                .append("<dc:title>");
        XmlText.append(out, title);
        return out.append("</dc:title></cp:coreProperties>").toString();
    }

    static String appProperties(String application) {
        return XML_DECLARATION + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>" + XmlText.escape(application) + "</Application></Properties>";
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"" + type + "\"/>";
    }

    private static String relationship(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
    }
}
