package vn.cchc.rollup.read;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams one worksheet part ({@code xl/worksheets/sheetN.xml}) with StAX, one row in memory at a
 * time. Formulas are never evaluated: a formula cell gives its cached {@code <v>}.
 */
final class XlsxSheetParser {

    private final XMLInputFactory factory;
    private final XlsxSharedStrings sharedStrings;
    private final XlsxStyles styles;
    private final boolean date1904;

    XlsxSheetParser(XMLInputFactory factory, XlsxSharedStrings sharedStrings, XlsxStyles styles, boolean date1904) {
        this.factory = factory;
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    void parse(String sheetName, InputStream sheetXml, RowVisitor visitor) throws XMLStreamException {
        XMLStreamReader xml = factory.createXMLStreamReader(sheetXml);
        try {
            new Walk(sheetName, xml, visitor).run();
        } finally {
            xml.close();
        }
    }

    /** The state of one pass over a sheet. */
    private final class Walk {
        private final String sheetName;
        private final XMLStreamReader xml;
        private final RowVisitor visitor;

        private boolean inSheetData;
        private int rowIndex = -1;
        private boolean rowHidden;
        private final List<RawCell> cells = new ArrayList<>();

        private int column = -1;
        private String type;
        private int styleIndex;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private boolean inValue;
        private boolean inInlineText;
        private int phoneticDepth;

        Walk(String sheetName, XMLStreamReader xml, RowVisitor visitor) {
            this.sheetName = sheetName;
            this.xml = xml;
            this.visitor = visitor;
        }

        void run() throws XMLStreamException {
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> start(xml.getLocalName());
                    case XMLStreamConstants.END_ELEMENT -> end(xml.getLocalName());
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA,
                         XMLStreamConstants.SPACE -> characters();
                    default -> {
                    }
                }
            }
        }

        private void start(String name) {
            switch (name) {
                case "sheetData" -> inSheetData = true;
                case "row" -> {
                    if (inSheetData) {
                        startRow();
                    }
                }
                case "c" -> {
                    if (inSheetData) {
                        startCell();
                    }
                }
                case "v" -> inValue = true;
                case "rPh" -> phoneticDepth++;
                case "t" -> inInlineText = phoneticDepth == 0;
                default -> {
                }
            }
        }

        private void end(String name) {
            switch (name) {
                case "sheetData" -> inSheetData = false;
                case "row" -> {
                    if (inSheetData) {
                        endRow();
                    }
                }
                case "c" -> {
                    if (inSheetData) {
                        endCell();
                    }
                }
                case "v" -> inValue = false;
                case "rPh" -> phoneticDepth--;
                case "t" -> inInlineText = false;
                default -> {
                }
            }
        }

        private void characters() {
            if (inValue) {
                value.append(xml.getText());
            } else if (inInlineText) {
                inline.append(xml.getText());
            }
        }

        private void startRow() {
            String r = XlsxWorkbookInfo.attribute(xml, "r");
            rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r.trim()) - 1;
            rowHidden = XlsxWorkbookInfo.isTrue(XlsxWorkbookInfo.attribute(xml, "hidden"));
            cells.clear();
            column = -1;
        }

        private void endRow() {
            if (!cells.isEmpty()) {
                visitor.row(new RawRow(sheetName, rowIndex, rowHidden, cells));
            }
            cells.clear();
        }

        private void startCell() {
            String r = XlsxWorkbookInfo.attribute(xml, "r");
            column = r == null ? column + 1 : columnOf(r);
            type = XlsxWorkbookInfo.attribute(xml, "t");
            String s = XlsxWorkbookInfo.attribute(xml, "s");
            styleIndex = s == null ? 0 : Integer.parseInt(s.trim());
            value.setLength(0);
            inline.setLength(0);
            phoneticDepth = 0;
        }

        private void endCell() {
            RawCell cell = toCell();
            if (cell != null && !cell.text().isBlank()) {
                cells.add(cell);
            }
        }

        private RawCell toCell() {
            ExcelCellStyle style = styles.at(styleIndex);
            String v = value.toString();
            String t = type == null ? "n" : type;
            return switch (t) {
                case "s" -> v.isBlank() ? null
                        : ExcelCells.string(column, sharedStrings.get(Integer.parseInt(v.trim())), style);
                case "inlineStr" -> ExcelCells.string(column, inline.length() > 0 ? inline.toString() : v, style);
                case "str", "d" -> ExcelCells.string(column, v, style);
                case "b" -> v.isBlank() ? null : ExcelCells.bool(column, XlsxWorkbookInfo.isTrue(v.trim()), style);
                case "e" -> ExcelCells.error(column, v.trim(), style);
                default -> v.isBlank() ? null : ExcelCells.number(column, new BigDecimal(v.trim()), style, date1904);
            };
        }
    }

    /** The 0-based column of a cell reference such as "B3" or "AA10". */
    static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = Character.toUpperCase(reference.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }
}
