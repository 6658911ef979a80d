package vn.cchc.rollup.read.layouts;

import java.util.List;
import java.util.Random;

/**
 * The words over each column, drawn from the synonyms agencies use.
 *
 * @param group       the label merged over the result sub-columns when the header has two or more rows
 * @param secondValue the heading of a second result column (the same as {@code value} unless periods head them)
 */
record HeaderWords(String name, String code, String unit, String target, String value, String group,
                   String secondValue) {

    static final List<String> NAMES = List.of("Chỉ tiêu", "Nội dung", "Tên chỉ tiêu");
    static final List<String> CODES = List.of("Mã chỉ tiêu", "Mã số", "Mã");
    static final List<String> UNITS = List.of("Đơn vị tính", "ĐVT");
    /** Target columns: never the value; "Kế hoạch năm 2026" names a year that is not the period. */
    static final List<String> TARGETS = List.of("Kế hoạch", "Chỉ tiêu kế hoạch", "Mục tiêu", "KH", "Kế hoạch năm %d",
            "Yêu cầu");
    static final List<String> VALUES = List.of("Kết quả", "Kết quả thực hiện", "Thực hiện",
            "Thực hiện kỳ báo cáo", "Tỷ lệ (%)", "Giá trị", "Số lượng", "Tỷ lệ / Giá trị", "Tình hình thực hiện",
            "KQ thực hiện", "Mức độ hoàn thành");
    static final List<String> GROUPS = List.of("Kết quả thực hiện", "Kết quả", "Thực hiện", "Thực hiện kỳ báo cáo");

    static HeaderWords draw(Random random, int year) {
        String group = pick(random, GROUPS);
        String value;
        do {
            value = pick(random, VALUES);
        } while (value.equals(group));
        return new HeaderWords(pick(random, NAMES), pick(random, CODES), pick(random, UNITS),
                pick(random, TARGETS).formatted(year), value, group, value);
    }

    /** Result columns headed by periods: the report's own and another ("Quý II | Quý I"). */
    HeaderWords withPeriods(String own, String other) {
        return new HeaderWords(name, code, unit, target, own, group, other);
    }

    /** The same words with a target header that names no year. */
    HeaderWords withoutYear() {
        return new HeaderWords(name, code, unit, target.replaceFirst(" năm \\d{4}$", ""), value, group, secondValue);
    }

    static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }
}
