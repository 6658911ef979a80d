package vn.cchc.rollup.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.rollup.catalog.NameForms;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.normalize.VietText;

/**
 * What the rows around a table say about the whole report: the agency and the period, decided by
 * {@link AgencyAndPeriod} from these rows' clues (a "Mã đơn vị:" or "Đơn vị báo cáo:" label, the
 * letterhead, a "Kỳ báo cáo:" label, a title such as "BÁO CÁO … QUÝ I NĂM 2026") and those from
 * outside the rows (sheet name, file name, folders); and the report date ("Ngày báo cáo:", or
 * "Hà Tĩnh, ngày 05 tháng 4 năm 2026").
 */
final class SheetContext {

    /** Labels of the agency's name before a colon, besides "Tên đơn vị" and "Tên cơ quan". */
    private static final java.util.Set<String> NAME_LABELS = java.util.Set.of("don vi", "co quan", "co quan don vi",
            "don vi thuc hien", "ubnd", "dia phuong");
    private static final Pattern DATE_IN_WORDS =
            Pattern.compile("ngay\\s*(\\d{1,2})\\s*thang\\s*(\\d{1,2})\\s*nam\\s*(\\d{4})");
    private static final Pattern DATE_NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})\\b");
    private static final Pattern DATE_ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})$");
    /** Lines that may name the period: titles, and the data's window under them ("Số liệu tính từ ngày …"). */
    private static final List<String> TITLE_WORDS = List.of("bao cao", "tong hop", "ket qua", "so lieu tinh tu",
            "so lieu tu");
    /** The governing body above an office in a letterhead: "UBND TỈNH HÀ TĨNH", "ỦY BAN NHÂN DÂN HUYỆN …". */
    private static final Pattern GOVERNING_BODY =
            Pattern.compile("^(ubnd|uy ban nhan dan) (tinh|huyen|thanh pho|thi xa|quan) .+");
    /** Lines naming whom the report goes to, not who wrote it. */
    private static final List<String> ADDRESSEES = List.of("kinh gui", "noi nhan");
    /** Title lines kept: a title is one to three lines, the rest is prose. */
    private static final int MAX_TITLES = 5;

    private final Plan plan;
    private final AgencyAndPeriod finder;
    private final List<Clue> outside;
    private Located agencyLabel;
    private Located agencyLetterhead;
    private Located periodLabel;
    private final List<Located> titles = new ArrayList<>();
    private Located resultHeading;
    /** Where a governing body's name stood: the cell below it (a blank row between at most) is the office's name. */
    private RawRow governingRow;
    private int governingColumn;
    private LocalDate reportDate;
    private boolean templateMarker;
    private AgencyAndPeriod.Found found;
    private boolean agencyAsked;
    private boolean periodAsked;

    /**
     * @param outside what the sheet's name, the file's name and its folders say
     *                ({@link AgencyAndPeriod#sheetClue}, {@link AgencyAndPeriod#fileClues})
     */
    SheetContext(Plan plan, AgencyAndPeriod finder, List<Clue> outside) {
        this.plan = plan;
        this.finder = finder;
        this.outside = List.copyOf(outside);
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
            found = null;
            if (key.startsWith("ma don vi")) {
                templateMarker = true;
                agencyLabel = labelValue(row, i, text).orElse(agencyLabel);
            } else if (key.startsWith("don vi bao cao") || key.equals("don vi") || key.startsWith("co quan bao cao")
                    || isNameLabel(key, text)) {
                if (agencyLabel == null) {
                    agencyLabel = labelValue(row, i, text).orElse(null);
                }
            } else if (key.startsWith("ky bao cao") || isShortPeriodLabel(text)) {
                periodLabel = labelValue(row, i, text).orElse(periodLabel);
            } else if (key.startsWith("ngay bao cao") || key.startsWith("ngay lap")) {
                labelValue(row, i, text).flatMap(v -> date(v.text())).ifPresent(d -> reportDate = d);
            } else {
                scanFreeText(row, cell, text, key, location);
            }
        }
    }

    private void scanFreeText(RawRow row, RawCell cell, String text, String key, String location) {
        if (ADDRESSEES.stream().anyMatch(key::startsWith)) {
            return;
        }
        if (agencyLetterhead == null) {
            findLetterhead(row, cell, text, location);
        }
        if (titles.size() < MAX_TITLES && TITLE_WORDS.stream().anyMatch(key::contains)) {
            titles.add(new Located(text, location));
        }
        if (reportDate == null) {
            Matcher m = DATE_IN_WORDS.matcher(VietText.fold(text));
            if (m.find()) {
                reportDate = safeDate(m.group(3), m.group(2), m.group(1));
            }
        }
    }

    /**
     * The office's name in a letterhead: the cell under "UBND TỈNH …" (or the line under it in the
     * same cell), else any line above the table that is an agency's name as registered.
     */
    private void findLetterhead(RawRow row, RawCell cell, String text, String location) {
        String[] lines = cell.text().strip().split("\\s*\\n\\s*", 2);
        boolean governing = GOVERNING_BODY.matcher(VietText.key(lines[0])).matches();
        if (governing && lines.length == 2 && namesAgency(lines[1])) {
            agencyLetterhead = new Located(VietText.clean(lines[1]), location);
        } else if (governing) {
            governingRow = row;
            governingColumn = cell.column();
        } else if (governingRow != null && cell.column() == governingColumn && row.index() > governingRow.index()
                && row.index() <= governingRow.index() + 2 && namesAgency(text)) {
            agencyLetterhead = new Located(text, location);
        } else if (plan.findAgency(text, NameForms.FULL).isPresent()) {
            agencyLetterhead = new Located(text, location);
        }
    }

    private boolean namesAgency(String line) {
        return plan.findAgency(line).or(() -> plan.agencyMentionedIn(line, NameForms.SHORT)).isPresent();
    }

    /** "Kỳ: Quý I/2026", "Kỳ BC: …": the label alone before its colon ("Ký tên: …" is not one). */
    private static boolean isShortPeriodLabel(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        String label = VietText.key(text.substring(0, colon));
        return (label.equals("ky") || label.equals("ky bc")) && !text.substring(0, colon).toLowerCase().contains("ký");
    }

    /**
     * "Tên đơn vị: …", "Đơn vị: …", "Cơ quan: …": with its colon, for the same words head an agency column in a
     * table ("Đơn vị tính: %" is not one).
     */
    private static boolean isNameLabel(String key, String text) {
        int colon = text.indexOf(':');
        return colon > 0 && (key.startsWith("ten don vi") || key.startsWith("ten co quan")
                || NAME_LABELS.contains(VietText.key(text.substring(0, colon))));
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

    /** The agency as the normalizer reads it; blank when no place says. */
    Located agency() {
        agencyAsked = true;
        return found().agency();
    }

    /** The period as the normalizer reads it; blank when no place says. */
    Located period() {
        periodAsked = true;
        return found().period();
    }

    /** The period the sheet's rows took from here, if any took it ({@link #period()} was asked). */
    Optional<Located> periodGiven() {
        return periodAsked ? Optional.of(found().period()) : Optional.empty();
    }

    /** The place that decided the agency, for an analyst's explanation; empty when no place says. */
    Optional<Clue> agencySource() {
        return Optional.ofNullable(found().agencySource());
    }

    /** The place that decided the period, for an analyst's explanation; empty when no place says. */
    Optional<Clue> periodSource() {
        return Optional.ofNullable(found().periodSource());
    }

    /** Places that said otherwise than the agency and period given out by {@link #agency()} and {@link #period()}. */
    List<AgencyAndPeriod.Disagreement> disagreements() {
        if (found == null) {
            return List.of();
        }
        List<AgencyAndPeriod.Disagreement> all = new ArrayList<>();
        if (agencyAsked) {
            all.addAll(found.agencyDisagreements());
        }
        if (periodAsked) {
            all.addAll(found.periodDisagreements());
        }
        return all;
    }

    /** The heading over the table's results, when it names the period ("Quý I/2026" over the figures). */
    void resultHeading(Located heading) {
        resultHeading = heading;
        found = null;
    }

    /** Decided again only when a row has said something new. */
    private AgencyAndPeriod.Found found() {
        if (found == null) {
            List<Clue> clues = new ArrayList<>();
            add(clues, ContextPlace.AGENCY_LABEL, agencyLabel);
            add(clues, ContextPlace.PERIOD_LABEL, periodLabel);
            add(clues, ContextPlace.LETTERHEAD, agencyLetterhead);
            titles.forEach(title -> add(clues, ContextPlace.TITLE, title));
            add(clues, ContextPlace.RESULT_HEADING, resultHeading);
            clues.addAll(outside);
            found = finder.find(clues);
        }
        return found;
    }

    private static void add(List<Clue> clues, ContextPlace place, Located text) {
        if (text != null) {
            clues.add(new Clue(place, text));
        }
    }

    LocalDate reportDate() {
        return reportDate;
    }

    boolean hasTemplateMarker() {
        return templateMarker;
    }
}
