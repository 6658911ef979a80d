package vn.cchc.rollup.publish;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchc.rollup.xlsx.Look;

/** The cell styles of a POI workbook: one per {@link Look}, created on first use. */
final class WorkbookStyles {

    private final XSSFWorkbook workbook;
    private final Map<Look, XSSFCellStyle> cache = new HashMap<>();
    /**
     * The same, by instance: the sheets pass the same few looks for many thousand cells, and a
     * record's hash and equality go through all its components each time.
     */
    private final Map<Look, XSSFCellStyle> byInstance = new IdentityHashMap<>();
    private final Map<Look.Font, XSSFFont> fonts = new EnumMap<>(Look.Font.class);

    WorkbookStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    /** The workbook's cell style for a look, created on first use. */
    XSSFCellStyle style(Look look) {
        XSSFCellStyle style = byInstance.get(look);
        if (style == null) {
            style = cache.computeIfAbsent(look, this::create);
            // a look made anew for each cell is not kept by instance
            if (byInstance.size() < 1_000) {
                byInstance.put(look, style);
            }
        }
        return style;
    }

    private XSSFCellStyle create(Look look) {
        XSSFCellStyle style = workbook.createCellStyle();
        if (look.font() != Look.Font.NORMAL) {
            style.setFont(fonts.computeIfAbsent(look.font(), f -> {
                XSSFFont font = workbook.createFont();
                font.setBold(f.bold());
                font.setFontHeightInPoints((short) f.points());
                return font;
            }));
        }
        if (look.bordered()) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        if (look.fill() != null) {
            style.setFillForegroundColor(new XSSFColor(rgb(look.fill())));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (look.format() != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(look.format()));
        }
        if (look.wrapped()) {
            style.setWrapText(true);
        }
        if (look.horizontal() == Look.Horizontal.CENTER) {
            style.setAlignment(HorizontalAlignment.CENTER);
        }
        switch (look.vertical()) {
            case CENTER -> style.setVerticalAlignment(VerticalAlignment.CENTER);
            case TOP -> style.setVerticalAlignment(VerticalAlignment.TOP);
            case BOTTOM -> { }
        }
        return style;
    }

    static byte[] rgb(String hex) {
        int value = Integer.parseInt(hex, 16);
        return new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }
}
