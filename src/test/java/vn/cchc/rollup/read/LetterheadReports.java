package vn.cchc.rollup.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the hand-made report offices send: letterhead, title with the period, a table whose first
 * header row is merged over a second ("Kết quả thực hiện" over "Tử số | Mẫu số | Tỷ lệ / Giá trị"),
 * Roman-numeral area rows, a total row and a signature block. Written with SXSSF, so every text cell
 * is an inline string ({@code t="inlineStr"}), as many exporters write them.
 */
final class LetterheadReports {

    private LetterheadReports() {
    }

    /** Writes {@code header} (one or two rows; a null cell under a merged heading) then {@code body}. */
    static Path write(Path file, String agencyLine, String title, List<List<Object>> header, List<List<Object>> body)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Báo cáo");
            int r = 0;
            r = put(sheet, r, List.of("UBND TỈNH HÀ TĨNH", "", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
            r = put(sheet, r, java.util.Arrays.asList(agencyLine, null, null, null, "Độc lập - Tự do - Hạnh phúc"));
            r = put(sheet, r, java.util.Arrays.asList(null, null, null, null, "Hà Tĩnh, ngày 05 tháng 4 năm 2026"));
            r++;
            r = put(sheet, r, List.of(title));
            r++;
            int headerTop = r;
            for (List<Object> row : header) {
                r = put(sheet, r, row);
            }
            if (header.size() == 2) {
                mergeLikeAClerk(sheet, headerTop, header);
            }
            for (List<Object> row : body) {
                r = put(sheet, r, row);
            }
            r++;
            r = put(sheet, r, java.util.Arrays.asList(null, "NGƯỜI LẬP BIỂU", null, null, "GIÁM ĐỐC"));
            r = put(sheet, r, java.util.Arrays.asList(null, "(Ký, ghi rõ họ tên)", null, null, "(Ký tên, đóng dấu)"));
            put(sheet, r + 3, java.util.Arrays.asList(null, "Trần Thị B", null, null, "Nguyễn Văn A"));
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    /** A heading with nothing under it is merged down; one with sub-columns merged across them. */
    private static void mergeLikeAClerk(Sheet sheet, int top, List<List<Object>> header) {
        List<Object> upper = header.get(0);
        List<Object> lower = header.get(1);
        for (int c = 0; c < upper.size(); c++) {
            if (upper.get(c) == null) {
                continue;
            }
            int end = c;
            while (end + 1 < upper.size() && upper.get(end + 1) == null && end + 1 < lower.size() && lower.get(end + 1) != null) {
                end++;
            }
            if (end > c) {
                sheet.addMergedRegion(new CellRangeAddress(top, top, c, end));
            } else if (c >= lower.size() || lower.get(c) == null) {
                sheet.addMergedRegion(new CellRangeAddress(top, top + 1, c, c));
            }
        }
    }

    private static int put(Sheet sheet, int r, List<Object> cells) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (value != null && !value.toString().isEmpty()) {
                row.createCell(c).setCellValue(value.toString());
            }
        }
        return r + 1;
    }
}
