package vn.cchc.rollup.read;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the main part of a Word document ({@code word/document.xml}) with StAX and hands its
 * body paragraphs and its tables, in document order, to {@link WordSheets}. Only one table (with
 * the tables holding it) is in memory at a time.
 *
 * <p>Text is what Word shows: {@code w:t} runs, tabs and line breaks; deleted text, field codes,
 * footnote reference marks and text boxes are left out.
 */
final class DocxBodyParser {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final XMLInputFactory factory;

    DocxBodyParser(XMLInputFactory factory) {
        this.factory = factory;
    }

    void parse(InputStream documentXml, WordSheets sheets) throws XMLStreamException {
        XMLStreamReader xml = factory.createXMLStreamReader(documentXml);
        try {
            new Walk(xml, sheets).run();
        } finally {
            xml.close();
        }
    }

    /** One table being read, with the cell being read in it. */
    private static final class OpenTable {
        final WordTable.Builder builder;
        List<String> cellParagraphs;
        String cellFont;
        int span = 1;
        boolean mergedFromAbove;

        OpenTable(WordTable.Builder builder) {
            this.builder = builder;
        }
    }

    private static final class Walk {
        private final XMLStreamReader xml;
        private final WordSheets sheets;
        private final Deque<OpenTable> tables = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private String paragraphFont;
        private int paragraphs = -1;
        private int topTables;
        private int runDepth;
        private int skipDepth;
        private boolean inText;

        Walk(XMLStreamReader xml, WordSheets sheets) {
            this.xml = xml;
            this.sheets = sheets;
        }

        void run() throws XMLStreamException {
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> start();
                    case XMLStreamConstants.END_ELEMENT -> end();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (inText && skipDepth == 0) {
                            text.append(xml.getText());
                        }
                    }
                    default -> {
                    }
                }
            }
        }

        private void start() {
            if (skipDepth > 0) {
                skipDepth++;
                return;
            }
            if (!W.equals(xml.getNamespaceURI())) {
                return;
            }
            switch (xml.getLocalName()) {
                case "txbxContent" -> skipDepth = 1;
                case "tbl" -> tables.push(new OpenTable(new WordTable.Builder(tables.isEmpty()
                        ? "bảng " + (++topTables) : tables.peek().builder.nextNestedName())));
                case "tr" -> {
                    if (!tables.isEmpty()) {
                        tables.peek().builder.startRow();
                    }
                }
                case "gridBefore" -> {
                    if (!tables.isEmpty()) {
                        tables.peek().builder.skipColumns(intValue(1));
                    }
                }
                case "tc" -> {
                    if (!tables.isEmpty()) {
                        OpenTable table = tables.peek();
                        table.cellParagraphs = new ArrayList<>();
                        table.cellFont = null;
                        table.span = 1;
                        table.mergedFromAbove = false;
                    }
                }
                case "gridSpan" -> {
                    if (!tables.isEmpty()) {
                        tables.peek().span = intValue(1);
                    }
                }
                case "vMerge" -> {
                    if (!tables.isEmpty()) {
                        String value = attribute("val");
                        tables.peek().mergedFromAbove = value == null || value.equals("continue");
                    }
                }
                case "p" -> {
                    text.setLength(0);
                    paragraphFont = null;
                    if (tables.isEmpty()) {
                        paragraphs++;
                    }
                }
                case "r" -> runDepth++;
                case "rFonts" -> {
                    if (runDepth > 0 && paragraphFont == null) {
                        String font = attribute("ascii");
                        paragraphFont = font != null ? font : attribute("hAnsi");
                    }
                }
                case "t" -> inText = runDepth > 0;
                case "tab" -> appendInRun('\t');
                case "br", "cr" -> appendInRun('\n');
                case "noBreakHyphen" -> appendInRun('-');
                default -> {
                }
            }
        }

        private void end() {
            if (skipDepth > 0) {
                skipDepth--;
                return;
            }
            if (!W.equals(xml.getNamespaceURI())) {
                return;
            }
            switch (xml.getLocalName()) {
                case "t" -> inText = false;
                case "r" -> runDepth--;
                case "p" -> endParagraph();
                case "tc" -> {
                    if (!tables.isEmpty() && tables.peek().cellParagraphs != null) {
                        OpenTable table = tables.peek();
                        table.builder.cell(table.cellParagraphs, table.cellFont, table.span, table.mergedFromAbove);
                        table.cellParagraphs = null;
                    }
                }
                case "tr" -> {
                    if (!tables.isEmpty()) {
                        tables.peek().builder.endRow();
                    }
                }
                case "tbl" -> {
                    if (!tables.isEmpty()) {
                        WordTable table = tables.pop().builder.build();
                        sheets.table(table, !tables.isEmpty());
                    }
                }
                default -> {
                }
            }
        }

        private void endParagraph() {
            String paragraph = text.toString();
            text.setLength(0);
            if (tables.isEmpty()) {
                sheets.paragraph(paragraphs, paragraph, paragraphFont);
                return;
            }
            OpenTable table = tables.peek();
            if (table.cellParagraphs != null) {
                table.cellParagraphs.add(paragraph);
                if (table.cellFont == null) {
                    table.cellFont = paragraphFont;
                }
            }
        }

        private void appendInRun(char c) {
            if (runDepth > 0) {
                text.append(c);
            }
        }

        private String attribute(String localName) {
            String value = xml.getAttributeValue(W, localName);
            return value != null ? value : xml.getAttributeValue(null, localName);
        }

        private int intValue(int fallback) {
            String value = attribute("val");
            try {
                return value == null ? fallback : Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
    }
}
