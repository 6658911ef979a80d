package vn.cchc.rollup.read.layouts;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Result columns headed by periods, as a clerk lays out a report that also shows an earlier period:
 * the report's own period ("Quý II", "Kết quả Quý II/2026", "6 tháng đầu năm 2026") beside an earlier
 * one ("Quý I"), with or without the year, or the two named relatively ("Kỳ trước | Kỳ này", "Cùng kỳ năm trước").
 */
final class PeriodHeadings {

    /** A period's short name without its year, as column headings write it. */
    private static final Map<String, String> SHORT = Map.of("2026-Q1", "Quý I", "2026-Q2", "Quý II",
            "2026-H1", "6 tháng", "2026-Q3", "Quý III", "2026-9M", "9 tháng", "2026", "Năm 2026", "2025", "Năm 2025");
    /** An earlier period shown beside the report's. */
    private static final Map<String, List<String>> EARLIER = Map.of("2026-Q1", List.of("Quý IV/2025", "Năm 2025"),
            "2026-Q2", List.of("Quý I", "Quý I/2026"), "2026-H1", List.of("Quý I", "Quý II"),
            "2026-Q3", List.of("Quý II", "6 tháng"), "2026-9M", List.of("6 tháng", "Quý III"),
            "2026", List.of("Năm 2025", "9 tháng"), "2025", List.of("Năm 2024"));

    private PeriodHeadings() {
    }

    static UnaryOperator<HeaderWords> of(PeriodSpec period, Random random) {
        String own = SHORT.get(period.code());
        String full = period.cell().get(0);
        String ownHeading = HeaderWords.pick(random, List.of(own, "Kết quả " + own, full, "Thực hiện " + full.toLowerCase(),
                "Kỳ này", "Thực hiện kỳ này", "Kết quả kỳ này"));
        String earlier = HeaderWords.pick(random, EARLIER.get(period.code()));
        String otherHeading = HeaderWords.pick(random, List.of(earlier, "Kết quả " + earlier, "Kỳ trước",
                "Cùng kỳ năm trước", "Kết quả kỳ trước"));
        return words -> words.withPeriods(ownHeading, otherHeading);
    }
}
