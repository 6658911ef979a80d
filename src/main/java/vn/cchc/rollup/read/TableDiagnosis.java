package vn.cchc.rollup.read;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellReference;

/**
 * Says, for a file that gave no value, what was found and what is missing, so that a table the
 * reader could not read is never taken for an empty report: "đã tìm thấy bảng ở dòng 7–8; không
 * nhận ra cột kết quả: các cột là …".
 */
final class TableDiagnosis {

    private TableDiagnosis() {
    }

    /** A header-like block that did not make a table. */
    static String nearMiss(TableHeader header) {
        return "đã tìm thấy bảng ở " + where(header) + "; " + String.join("; ", header.missing())
                + ": các cột là " + header.headings();
    }

    /** A table whose result columns hold nothing. */
    static String empty(TableHeader header) {
        if (header == null) {
            return "không có dòng số liệu nào";
        }
        List<Integer> valueColumns = header.isWide()
                ? header.indicatorColumns.values().stream()
                        .flatMap(c -> java.util.stream.Stream.of(c.numerator, c.denominator, c.value))
                        .filter(java.util.Objects::nonNull).sorted().toList()
                : header.roles.entrySet().stream().filter(e -> e.getKey().holdsValue())
                        .map(java.util.Map.Entry::getValue).sorted().toList();
        return "đã tìm thấy bảng ở " + where(header) + " (các cột: " + header.headings()
                + "), nhưng các cột kết quả " + valueColumns.stream().map(CellReference::convertNumToColString)
                        .collect(Collectors.joining(", ")) + " không có ô nào có số liệu";
    }

    private static String where(TableHeader header) {
        String sheet = header.block.rows().get(0).sheet();
        return header.block.rowRange() + (sheet == null ? "" : " (trang «" + sheet + "»)");
    }
}
