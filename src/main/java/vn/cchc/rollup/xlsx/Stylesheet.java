package vn.cchc.rollup.xlsx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The looks a workbook uses, numbered in the order they are first asked for, and the styles part
 * ({@code xl/styles.xml}) that declares them. Index 0 is always {@link Look#PLAIN}.
 */
final class Stylesheet {

    /** Custom number formats are numbered from here; lower ids are Excel's built-in ones. */
    private static final int FIRST_CUSTOM_FORMAT = 164;

    private final Map<Look, Integer> looks = new LinkedHashMap<>();
    private final Map<String, Integer> formats = new LinkedHashMap<>();
    private final List<String> fills = new ArrayList<>();

    Stylesheet() {
        index(Look.PLAIN);
    }

    int index(Look look) {
        Integer known = looks.get(look);
        if (known != null) {
            return known;
        }
        int index = looks.size();
        looks.put(look, index);
        if (look.format() != null) {
            formats.putIfAbsent(look.format(), FIRST_CUSTOM_FORMAT + formats.size());
        }
        if (look.fill() != null && !fills.contains(look.fill())) {
            fills.add(look.fill());
        }
        return index;
    }

    String xml() {
        StringBuilder out = new StringBuilder(2048);
        out.append(Parts.XML_DECLARATION)
                .append("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        if (!formats.isEmpty()) {
            out.append("<numFmts count=\"").append(formats.size()).append("\">");
            formats.forEach((code, id) -> {
                out.append("<numFmt numFmtId=\"").append(id).append("\" formatCode=\"");
                XmlText.append(out, code);
                out.append("\"/>");
            });
            out.append("</numFmts>");
        }
        Look.Font[] fonts = Look.Font.values();
        out.append("<fonts count=\"").append(fonts.length).append("\">");
        for (Look.Font font : fonts) {
            out.append("<font>").append(font.bold() ? "<b/>" : "").append(font.italic() ? "<i/>" : "")
                    .append("<sz val=\"").append(font.points()).append("\"/>")
                    .append("<color indexed=\"8\"/><name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font>");
        }
        out.append("</fonts>");
        // The first two fills are reserved by Excel (none, gray125).
        out.append("<fills count=\"").append(fills.size() + 2).append("\">")
                .append("<fill><patternFill patternType=\"none\"/></fill>")
                .append("<fill><patternFill patternType=\"gray125\"/></fill>");
        for (String rgb : fills) {
            out.append("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF").append(rgb)
                    .append("\"/><bgColor indexed=\"64\"/></patternFill></fill>");
        }
        out.append("</fills>");
        out.append("<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>")
                .append("<border><left style=\"thin\"><color indexed=\"64\"/></left>")
                .append("<right style=\"thin\"><color indexed=\"64\"/></right>")
                .append("<top style=\"thin\"><color indexed=\"64\"/></top>")
                .append("<bottom style=\"thin\"><color indexed=\"64\"/></bottom><diagonal/></border></borders>");
        out.append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>");
        out.append("<cellXfs count=\"").append(looks.size()).append("\">");
        for (Look look : looks.keySet()) {
            appendXf(out, look);
        }
        out.append("</cellXfs>");
        out.append("</styleSheet>");
        return out.toString();
    }

    private void appendXf(StringBuilder out, Look look) {
        int format = look.format() == null ? 0 : formats.get(look.format());
        int font = look.font().ordinal();
        int fill = look.fill() == null ? 0 : fills.indexOf(look.fill()) + 2;
        int border = look.bordered() ? 1 : 0;
        out.append("<xf numFmtId=\"").append(format).append("\" fontId=\"").append(font)
                .append("\" fillId=\"").append(fill).append("\" borderId=\"").append(border).append("\" xfId=\"0\"");
        out.append(format != 0 ? " applyNumberFormat=\"1\"" : "")
                .append(font != 0 ? " applyFont=\"1\"" : "")
                .append(fill != 0 ? " applyFill=\"1\"" : "")
                .append(border != 0 ? " applyBorder=\"1\"" : "");
        boolean aligned = look.wrapped() || look.horizontal() != Look.Horizontal.GENERAL
                || look.vertical() != Look.Vertical.BOTTOM;
        if (!aligned) {
            out.append("/>");
            return;
        }
        out.append(" applyAlignment=\"1\"><alignment");
        if (look.horizontal() == Look.Horizontal.CENTER) {
            out.append(" horizontal=\"center\"");
        }
        if (look.vertical() != Look.Vertical.BOTTOM) {
            out.append(" vertical=\"").append(look.vertical() == Look.Vertical.CENTER ? "center" : "top").append('"');
        }
        if (look.wrapped()) {
            out.append(" wrapText=\"1\"");
        }
        out.append("/></xf>");
    }
}
