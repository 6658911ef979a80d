package vn.cchc.rollup.read;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * Cell styles of an xlsx workbook by their {@code s} index, resolved once each: from POI's styles
 * table, or straight from the styles part ({@code xl/styles.xml}) with StAX, which reads a small
 * workbook's styles many times faster than POI's full model (it is most of the cost of a one-agency file).
 */
final class XlsxStyles {

    private final IntFunction<ExcelCellStyle> source;
    private final Map<Integer, ExcelCellStyle> resolved = new HashMap<>();

    private XlsxStyles(IntFunction<ExcelCellStyle> source) {
        this.source = source;
    }

    ExcelCellStyle at(int index) {
        return resolved.computeIfAbsent(index, source::apply);
    }

    /** From POI's styles table; {@code table} null: every cell plain. */
    static XlsxStyles of(StylesTable table) {
        return new XlsxStyles(index -> {
            if (table == null || index < 0 || index >= table.getNumCellStyles()) {
                return ExcelCellStyle.PLAIN;
            }
            XSSFCellStyle style = table.getStyleAt(index);
            if (style == null) {
                return ExcelCellStyle.PLAIN;
            }
            XSSFFont font = style.getFont();
            return ExcelCellStyle.of(style.getDataFormat() & 0xFFFF, style.getDataFormatString(),
                    font == null ? null : font.getFontName());
        });
    }

    /** No styles part: every cell plain. */
    static XlsxStyles none() {
        return new XlsxStyles(index -> ExcelCellStyle.PLAIN);
    }

    /**
     * From the styles part itself, as POI resolves a style: the cell format's number format (the
     * workbook's own, else Excel's built-in one of that id) and the first name of its font (the
     * cell format's font, else that of the cell style format it is based on).
     */
    static XlsxStyles parse(InputStream stylesXml, XMLInputFactory factory) throws XMLStreamException {
        Parts parts = new Parts();
        XMLStreamReader xml = factory.createXMLStreamReader(stylesXml);
        try {
            parts.read(xml);
        } finally {
            xml.close();
        }
        return new XlsxStyles(parts::style);
    }

    /** One {@code <xf>}: its number format id, its font id (null when unset) and the style format it is based on. */
    private record Format(int numberFormat, Integer font, int styleFormat) {
    }

    private static final class Parts {
        private final Map<Integer, String> numberFormats = new HashMap<>();
        private final List<String> fontNames = new ArrayList<>();
        private final List<Format> styleFormats = new ArrayList<>();
        private final List<Format> cellFormats = new ArrayList<>();

        void read(XMLStreamReader xml) throws XMLStreamException {
            String list = "";
            boolean fontNamed = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(list)) {
                    list = "";
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                switch (name) {
                    case "numFmts", "fonts", "cellStyleXfs", "cellXfs", "dxfs", "cellStyles" -> list = name;
                    case "numFmt" -> {
                        if (list.equals("numFmts")) {
                            numberFormats.put(number(xml, "numFmtId", 0), XlsxWorkbookInfo.attribute(xml, "formatCode"));
                        }
                    }
                    case "font" -> {
                        if (list.equals("fonts")) {
                            fontNames.add(null);
                            fontNamed = false;
                        }
                    }
                    case "name" -> {
                        if (list.equals("fonts") && !fontNamed && !fontNames.isEmpty()) {
                            fontNames.set(fontNames.size() - 1, XlsxWorkbookInfo.attribute(xml, "val"));
                            fontNamed = true;
                        }
                    }
                    case "xf" -> {
                        String font = XlsxWorkbookInfo.attribute(xml, "fontId");
                        Format format = new Format(number(xml, "numFmtId", 0),
                                font == null ? null : Integer.valueOf(font.trim()), number(xml, "xfId", 0));
                        if (list.equals("cellXfs")) {
                            cellFormats.add(format);
                        } else if (list.equals("cellStyleXfs")) {
                            styleFormats.add(format);
                        }
                    }
                    default -> {
                    }
                }
            }
        }

        ExcelCellStyle style(int index) {
            if (index < 0 || index >= cellFormats.size()) {
                return ExcelCellStyle.PLAIN;
            }
            Format format = cellFormats.get(index);
            int numberFormat = format.numberFormat() & 0xFFFF;
            String formatString = numberFormats.containsKey(numberFormat) ? numberFormats.get(numberFormat)
                    : BuiltinFormats.getBuiltinFormat(numberFormat);
            Integer font = format.font();
            if (font == null) {
                int base = Math.max(format.styleFormat(), 0);
                font = base < styleFormats.size() && styleFormats.get(base).font() != null
                        ? styleFormats.get(base).font() : 0;
            }
            String fontName = font >= 0 && font < fontNames.size() ? fontNames.get(font) : null;
            return ExcelCellStyle.of(numberFormat, formatString, fontName);
        }

        private static int number(XMLStreamReader xml, String attribute, int absent) {
            String value = XlsxWorkbookInfo.attribute(xml, attribute);
            return value == null ? absent : (int) Long.parseLong(value.trim());
        }
    }
}
