package vn.cchc.rollup.read;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;

/** Cell styles of an xlsx workbook by their {@code s} index, resolved once each. */
final class XlsxStyles {

    private final StylesTable table;
    private final Map<Integer, ExcelCellStyle> resolved = new HashMap<>();

    XlsxStyles(StylesTable table) {
        this.table = table;
    }

    ExcelCellStyle at(int index) {
        return resolved.computeIfAbsent(index, this::resolve);
    }

    private ExcelCellStyle resolve(int index) {
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
    }
}
