package vn.cchc.rollup.read.layouts;

import java.util.List;

/**
 * A reporting period and the ways a file states it.
 *
 * @param cell     after the label "Kỳ báo cáo:"
 * @param title    at the end of the report's title, upper case
 * @param sheet    as a sheet name
 * @param file     in a file name, without diacritics
 * @param dateLine the place-and-date line of a report sent after the period
 */
record PeriodSpec(String code, List<String> cell, String title, List<String> sheet, List<String> file,
                  String dateLine) {

    static final List<PeriodSpec> ALL = List.of(
            new PeriodSpec("2026-Q1", List.of("Quý I/2026", "Quý I năm 2026", "QUÝ 1 NĂM 2026", "03 tháng đầu năm 2026"), "QUÝ I NĂM 2026",
                    List.of("Quy I-2026", "Q1.2026"), List.of("q1_2026", "Quy I nam 2026"),
                    "Hà Tĩnh, ngày 05 tháng 4 năm 2026"),
            new PeriodSpec("2026-Q2", List.of("Quý II/2026", "Quý II năm 2026"), "QUÝ II NĂM 2026",
                    List.of("Quy II 2026", "QII-2026"), List.of("quy2-2026", "Quy II nam 2026"),
                    "Hà Tĩnh, ngày 06 tháng 7 năm 2026"),
            new PeriodSpec("2026-H1", List.of("6 tháng đầu năm 2026", "6 tháng năm 2026", "06 tháng đầu năm 2026"), "6 THÁNG ĐẦU NĂM 2026",
                    List.of("6 thang 2026", "6T-2026"), List.of("6thang_2026", "6 thang dau nam 2026"),
                    "Hà Tĩnh, ngày 08 tháng 7 năm 2026"),
            new PeriodSpec("2026-Q3", List.of("Quý III/2026", "Quý III năm 2026"), "QUÝ III NĂM 2026",
                    List.of("Quy III-2026", "Q3-2026"), List.of("q3_2026", "Quy III 2026"),
                    "Hà Tĩnh, ngày 05 tháng 10 năm 2026"),
            new PeriodSpec("2026-9M", List.of("9 tháng năm 2026", "9 tháng đầu năm 2026", "09 tháng năm 2026"), "9 THÁNG NĂM 2026",
                    List.of("9 thang 2026", "9T.2026"), List.of("9thang_2026", "9 thang nam 2026"),
                    "Hà Tĩnh, ngày 06 tháng 10 năm 2026"),
            new PeriodSpec("2026", List.of("Năm 2026", "năm 2026"), "NĂM 2026",
                    List.of("Nam 2026", "BC nam 2026"), List.of("nam_2026", "ca nam 2026"),
                    "Hà Tĩnh, ngày 01 tháng 12 năm 2026"),
            new PeriodSpec("2025", List.of("Năm 2025"), "NĂM 2025",
                    List.of("Nam 2025"), List.of("nam_2025", "ca nam 2025"),
                    "Hà Tĩnh, ngày 10 tháng 01 năm 2026"));

    boolean annual() {
        return !code.contains("-");
    }
}
