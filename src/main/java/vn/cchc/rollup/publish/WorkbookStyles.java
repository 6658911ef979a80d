package vn.cchc.rollup.publish;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchc.rollup.catalog.Unit;
import vn.cchc.rollup.score.Status;

/** Cell styles of the summary workbook, created once per look. */
final class WorkbookStyles {

    static final String PERCENT_FORMAT = "0.0";
    static final String COUNT_FORMAT = "#,##0";
    static final String YES_NO_FORMAT = "\"Có\";\"Có\";\"Không\"";
    static final String SCORE_FORMAT = "0.00";
    static final String HEADER_FILL = "D9E1F2";
    static final String MET_FILL = "C6EFCE";
    static final String NOT_MET_FILL = "FFC7CE";
    static final String MISSING_FILL = "D9D9D9";
    static final String NOT_DUE_FILL = "DDEBF7";

    private final XSSFWorkbook workbook;
    private final Map<String, XSSFCellStyle> cache = new HashMap<>();
    private final XSSFFont bold;
    private final XSSFFont title;

    WorkbookStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        bold = workbook.createFont();
        bold.setBold(true);
        title = workbook.createFont();
        title.setBold(true);
        title.setFontHeightInPoints((short) 16);
    }

    static String numberFormat(Unit unit) {
        return switch (unit) {
            case PERCENT -> PERCENT_FORMAT;
            case COUNT -> COUNT_FORMAT;
            case YES_NO -> YES_NO_FORMAT;
        };
    }

    static String fill(Status status) {
        return switch (status) {
            case MET -> MET_FILL;
            case NOT_MET -> NOT_MET_FILL;
            case MISSING -> MISSING_FILL;
            case NOT_DUE -> NOT_DUE_FILL;
        };
    }

    XSSFCellStyle title() {
        return cache.computeIfAbsent("title", k -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setFont(title);
            return style;
        });
    }

    XSSFCellStyle bold() {
        return cache.computeIfAbsent("bold", k -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setFont(bold);
            return style;
        });
    }

    XSSFCellStyle header() {
        return cache.computeIfAbsent("header", k -> {
            XSSFCellStyle style = bordered(HEADER_FILL);
            style.setFont(bold);
            style.setWrapText(true);
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        });
    }

    XSSFCellStyle text() {
        return cache.computeIfAbsent("text", k -> bordered(null));
    }

    XSSFCellStyle wrappedText() {
        return cache.computeIfAbsent("wrapped", k -> {
            XSSFCellStyle style = bordered(null);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }

    XSSFCellStyle number(String format) {
        return cell(format, null);
    }

    /** A bordered cell with an optional number format and an optional fill (RGB hex). */
    XSSFCellStyle cell(String format, String fill) {
        return cache.computeIfAbsent("cell|" + format + "|" + fill, k -> {
            XSSFCellStyle style = bordered(fill);
            if (format != null) {
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
            }
            if (format == null && fill != null) {
                style.setAlignment(HorizontalAlignment.CENTER);
            }
            return style;
        });
    }

    private XSSFCellStyle bordered(String fill) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        if (fill != null) {
            style.setFillForegroundColor(new XSSFColor(rgb(fill)));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }

    static byte[] rgb(String hex) {
        int value = Integer.parseInt(hex, 16);
        return new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }
}
