package vn.cchc.rollup.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.normalize.PeriodParser;
import vn.cchc.rollup.normalize.VietText;

/**
 * What the rows around a table say about the whole report: the agency (a "Mã đơn vị:" or
 * "Đơn vị báo cáo:" label, else a letterhead line naming an agency), the period (a "Kỳ báo cáo:"
 * label, else a title such as "BÁO CÁO … QUÝ I NĂM 2026") and the report date ("Ngày báo cáo:",
 * or "Hà Tĩnh, ngày 05 tháng 4 năm 2026").
 */
final class SheetContext {

    private static final Pattern DATE_IN_WORDS =
            Pattern.compile("ngay\\s*(\\d{1,2})\\s*thang\\s*(\\d{1,2})\\s*nam\\s*(\\d{4})");
    private static final Pattern DATE_NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})\\b");
    private static final Pattern DATE_ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})$");
    private static final List<String> TITLE_WORDS = List.of("bao cao", "tong hop", "ket qua");

    private final Plan plan;
    private Located agencyLabel;
    private Located agencyLetterhead;
    private Located periodLabel;
    private Located periodTitle;
    private LocalDate reportDate;
    private boolean templateMarker;

    SheetContext(Plan plan) {
        this.plan = plan;
    }

    /** Reads a row that is not part of the table. */
    void scan(RawRow row) {
        List<RawCell> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            RawCell cell = cells.get(i);
            String text = VietText.clean(cell.text());
            if (text.isEmpty()) {
                continue;
            }
            String key = VietText.key(text);
            String location = row.location(cell.column());
            if (key.startsWith("ma don vi")) {
                templateMarker = true;
                agencyLabel = labelValue(row, i, text).orElse(agencyLabel);
            } else if (key.startsWith("don vi bao cao") || key.equals("don vi") || key.startsWith("co quan bao cao")) {
                if (agencyLabel == null) {
                    agencyLabel = labelValue(row, i, text).orElse(null);
                }
            } else if (key.startsWith("ky bao cao")) {
                periodLabel = labelValue(row, i, text).orElse(periodLabel);
            } else if (key.startsWith("ngay bao cao") || key.startsWith("ngay lap")) {
                labelValue(row, i, text).flatMap(v -> date(v.text())).ifPresent(d -> reportDate = d);
            } else {
                scanFreeText(text, key, location);
            }
        }
    }

    private void scanFreeText(String text, String key, String location) {
        if (agencyLetterhead == null && plan.findAgency(text).isPresent()) {
            agencyLetterhead = new Located(text, location);
        }
        if (periodTitle == null && TITLE_WORDS.stream().anyMatch(key::contains)
                && PeriodParser.find(text).isPresent()) {
            periodTitle = new Located(text, location);
        }
        if (reportDate == null) {
            Matcher m = DATE_IN_WORDS.matcher(VietText.fold(text));
            if (m.find()) {
                reportDate = safeDate(m.group(3), m.group(2), m.group(1));
            }
        }
    }

    /** The value after "Label:" in the same cell, else the next non-empty cell of the row. */
    private static Optional<Located> labelValue(RawRow row, int index, String text) {
        int colon = text.indexOf(':');
        if (colon >= 0 && !text.substring(colon + 1).isBlank()) {
            return Optional.of(new Located(text.substring(colon + 1).strip(), row.location(row.cells().get(index).column())));
        }
        for (int j = index + 1; j < row.cells().size(); j++) {
            RawCell next = row.cells().get(j);
            if (!next.text().isBlank()) {
                return Optional.of(new Located(VietText.clean(next.text()), row.location(next.column())));
            }
        }
        return Optional.empty();
    }

    static Optional<LocalDate> date(String text) {
        String folded = VietText.fold(text).strip();
        Matcher iso = DATE_ISO.matcher(folded);
        if (iso.find()) {
            return Optional.ofNullable(safeDate(iso.group(1), iso.group(2), iso.group(3)));
        }
        Matcher numeric = DATE_NUMERIC.matcher(folded);
        if (numeric.find()) {
            return Optional.ofNullable(safeDate(numeric.group(3), numeric.group(2), numeric.group(1)));
        }
        Matcher words = DATE_IN_WORDS.matcher(folded);
        if (words.find()) {
            return Optional.ofNullable(safeDate(words.group(3), words.group(2), words.group(1)));
        }
        return Optional.empty();
    }

    private static LocalDate safeDate(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (RuntimeException e) {
            return null;
        }
    }

    Located agency() {
        return agencyLabel != null ? agencyLabel : agencyLetterhead;
    }

    Located period() {
        return periodLabel != null ? periodLabel : periodTitle;
    }

    LocalDate reportDate() {
        return reportDate;
    }

    boolean hasTemplateMarker() {
        return templateMarker;
    }
}
