package vn.cchc.rollup.read;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The sheets of an xlsx workbook in tab order, and its date system, read from {@code xl/workbook.xml}. */
record XlsxWorkbookInfo(List<Sheet> sheets, boolean date1904) {

    /** One tab: its name, the relationship id of its part, and whether it is hidden or very hidden. */
    record Sheet(String name, String relationId, boolean hidden) {
    }

    static XlsxWorkbookInfo parse(InputStream workbookXml, XMLInputFactory factory) throws XMLStreamException {
        List<Sheet> sheets = new ArrayList<>();
        boolean date1904 = false;
        XMLStreamReader xml = factory.createXMLStreamReader(workbookXml);
        try {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "workbookPr" -> date1904 = isTrue(attribute(xml, "date1904"));
                    case "sheet" -> {
                        String state = attribute(xml, "state");
                        boolean hidden = "hidden".equals(state) || "veryHidden".equals(state);
                        sheets.add(new Sheet(attribute(xml, "name"), attribute(xml, "id"), hidden));
                    }
                    default -> {
                    }
                }
            }
        } finally {
            xml.close();
        }
        return new XlsxWorkbookInfo(List.copyOf(sheets), date1904);
    }

    /** An attribute by local name whatever its namespace ({@code r:id} is namespaced, {@code name} is not). */
    static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (localName.equals(xml.getAttributeLocalName(i))) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    static boolean isTrue(String value) {
        return "1".equals(value) || "true".equalsIgnoreCase(value);
    }
}
