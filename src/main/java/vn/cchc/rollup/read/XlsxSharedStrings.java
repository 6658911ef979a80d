package vn.cchc.rollup.read;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared strings part ({@code xl/sharedStrings.xml}) as plain texts, by index: each item's text
 * runs joined, phonetic guides ({@code rPh}) left out as in inline strings, and the {@code _xHHHH_}
 * escapes Excel writes for control characters decoded. POI's read-only table made a rich-text object
 * (an XMLBeans document) for every cell that asked, which cost more than parsing the sheet.
 */
final class XlsxSharedStrings {

    static final XlsxSharedStrings NONE = new XlsxSharedStrings(List.of());

    private final List<String> items;

    private XlsxSharedStrings(List<String> items) {
        this.items = items;
    }

    static XlsxSharedStrings parse(InputStream part, XMLInputFactory factory) throws XMLStreamException {
        List<String> items = new ArrayList<>();
        XMLStreamReader xml = factory.createXMLStreamReader(part);
        try {
            StringBuilder text = new StringBuilder();
            boolean inText = false;
            int phoneticDepth = 0;
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        switch (xml.getLocalName()) {
                            case "si" -> text.setLength(0);
                            case "rPh" -> phoneticDepth++;
                            case "t" -> inText = phoneticDepth == 0;
                            default -> {
                            }
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        switch (xml.getLocalName()) {
                            case "si" -> items.add(decodeEscapes(text.toString()));
                            case "rPh" -> phoneticDepth--;
                            case "t" -> inText = false;
                            default -> {
                            }
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (inText) {
                            text.append(xml.getText());
                        }
                    }
                    default -> {
                    }
                }
            }
        } finally {
            xml.close();
        }
        return new XlsxSharedStrings(items);
    }

    /** The text of item {@code index}; an index the part does not have is a broken file. */
    String get(int index) {
        if (index < 0 || index >= items.size()) {
            throw new IllegalArgumentException("shared string " + index + " not in the workbook (" + items.size() + " strings)");
        }
        return items.get(index);
    }

    int size() {
        return items.size();
    }

    /** {@code _x000D_} → carriage return, as Excel escapes characters XML cannot hold. */
    static String decodeEscapes(String text) {
        int at = text.indexOf("_x");
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        while (at >= 0) {
            if (at + 7 <= text.length() && text.charAt(at + 6) == '_' && isHex(text, at + 2, at + 6)) {
                out.append(text, copied, at).append((char) Integer.parseInt(text.substring(at + 2, at + 6), 16));
                copied = at + 7;
                at = text.indexOf("_x", copied);
            } else {
                at = text.indexOf("_x", at + 1);
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
