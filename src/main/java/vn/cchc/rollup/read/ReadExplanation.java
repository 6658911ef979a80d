package vn.cchc.rollup.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cchc.rollup.catalog.IndicatorMatch;
import vn.cchc.rollup.catalog.Plan;

/**
 * How a file was read, in lines an analyst reads ({@code check --explain}): per sheet the header
 * rows chosen, each column's role and why, where the agency and the period were found; per row
 * whose indicator was not recognised, the nearest indicators and their similarity.
 */
public final class ReadExplanation {

    private static final int NEAREST = 3;

    private final List<String> lines = new ArrayList<>();

    public List<String> lines() {
        return List.copyOf(lines);
    }

    void sheet(String name, SheetInterpreter sheet) {
        String title = name == null ? "Bảng" : "Trang «" + name + "»";
        TableHeader header = sheet.header();
        if (header == null) {
            TableHeader nearMiss = sheet.nearMiss();
            lines.add(title + ": không có bảng số liệu"
                    + (nearMiss == null ? "" : " (" + TableDiagnosis.nearMiss(nearMiss) + ")"));
            return;
        }
        lines.add(title + ": " + sheet.layout().label() + ", tiêu đề bảng ở " + header.block.rowRange());
        header.columns.values().forEach(c -> lines.add("  cột " + c.describe()));
        lines.add("  Đơn vị: " + source(header.agencyColumn(), sheet.context().agencySource(), "đơn vị"));
        lines.add("  Kỳ báo cáo: " + source(header.column(HeaderRole.PERIOD), sheet.context().periodSource(), "kỳ"));
    }

    /** The sheet reports its name's period, the workbook's sheets being the periods within its title's. */
    void ownPeriod(Located period) {
        lines.add("  Kỳ của trang: «" + period.text() + "» (" + period.location()
                + ": các trang của tệp là các kỳ nằm trong kỳ ghi ở tiêu đề)");
    }

    /** @param found the place that decided the agency or the period; empty when no place says */
    private static String source(Integer column, Optional<Clue> found, String what) {
        if (column != null) {
            return "theo từng dòng, cột " + org.apache.poi.ss.util.CellReference.convertNumToColString(column);
        }
        if (found.isEmpty()) {
            return "không tìm thấy (không có cột " + what + ", dòng ghi " + what + " hay tên tệp chứa " + what + ")";
        }
        return "«" + found.get().text().text() + "» (" + found.get().where() + ")";
    }

    void unmatched(Observation observation, Plan plan) {
        if (observation.indicator().isBlank()) {
            return;
        }
        IndicatorMatch match = plan.matchIndicator(observation.indicator().text());
        String nearest = plan.nearestIndicators(observation.indicator().text()).stream().limit(NEAREST)
                .map(IndicatorMatch.Candidate::describe).reduce((a, b) -> a + "; " + b).orElse("không có");
        lines.add("  " + observation.indicator().location() + " «" + observation.indicator().text() + "» không khớp chỉ tiêu nào"
                + (match.ambiguous() ? " (gần đều hai chỉ tiêu)" : "") + "; gần nhất: " + nearest);
    }
}
