package vn.cchc.rollup.read.layouts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import vn.cchc.rollup.catalog.AgencyKind;
import vn.cchc.rollup.catalog.Plan;

/** Turns a layout case and its entries into the report's content, placing agency and period as the case says. */
final class ReportComposer {

    private static final List<String> ROMAN = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII");
    private static final List<String> NEUTRAL_SHEETS = List.of("Báo cáo", "Sheet1", "BC CCHC", "Biểu 01");
    private static final List<String> NEUTRAL_FILES = List.of("bao-cao-cchc", "BC CCHC", "Bieu bao cao", "baocao");

    private final Plan plan;

    ReportComposer(Plan plan) {
        this.plan = plan;
    }

    ReportContent compose(LayoutCase layout, List<IndicatorEntry> entries) {
        Random random = new Random(layout.seed() * 31 + 7);
        List<String> letterLeft = List.of();
        List<String> letterRight = List.of();
        if (layout.agencyPlace() == AgencyPlace.LETTERHEAD) {
            letterLeft = AgencyForms.letterhead(layout.agency(), random);
            letterRight = List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    layout.periodPlace() == PeriodPlace.NOWHERE ? "" : dateLine(layout));
        }
        String title = "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH"
                + (layout.periodPlace() == PeriodPlace.TITLE ? " " + layout.period().title() : "");
        List<String> titleLines = random.nextBoolean() ? List.of("BÁO CÁO", title) : List.of("BÁO CÁO " + title);
        List<List<String>> labels = new ArrayList<>();
        if (layout.agencyPlace() == AgencyPlace.LABELLED_CELL) {
            labels.add(label(random, random.nextBoolean() ? "Đơn vị báo cáo:" : "Tên đơn vị:",
                    AgencyForms.labelled(layout.agency(), random)));
        }
        if (layout.periodPlace() == PeriodPlace.LABELLED_CELL) {
            labels.add(label(random, "Kỳ báo cáo:", HeaderWords.pick(random, layout.period().cell())));
        }
        List<Column> columns = layout.table().columns();
        List<String> recipients = List.of();
        List<String> signer = List.of();
        if (layout.body().signature()) {
            recipients = List.of("Nơi nhận:", "- Như trên;", "- Lưu: VT.");
            signer = layout.agency().kind() == AgencyKind.XA
                    ? List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Đã ký)", "Nguyễn Văn An")
                    : List.of("GIÁM ĐỐC", "(Đã ký)", "Trần Thị Bình");
        }
        String sheet = layout.periodPlace() == PeriodPlace.SHEET_NAME
                ? HeaderWords.pick(random, layout.period().sheet())
                : HeaderWords.pick(random, NEUTRAL_SHEETS);
        return new ReportContent(letterLeft, letterRight, titleLines, labels, columns, layout.table().header(),
                body(layout, columns, entries), recipients, signer, sheet, fileName(layout, random), layout.extra());
    }

    /** "Hà Tĩnh, ngày …" for a Sở; a xã writes its own name: "Đức Thọ, ngày …". */
    private static String dateLine(LayoutCase layout) {
        String line = layout.period().dateLine();
        if (layout.agency().kind() == AgencyKind.XA) {
            return line.replace("Hà Tĩnh", layout.agency().name().replaceFirst("^(Xã|Phường) ", ""));
        }
        return line;
    }

    private static List<String> label(Random random, String label, String value) {
        return random.nextBoolean() ? List.of(label + " " + value) : List.of(label, value);
    }

    /** The name the parser is given; a period may be the analyst's folder: "Quy I nam 2026/so-noi-vu.xlsx". */
    private static String fileName(LayoutCase layout, Random random) {
        String extension = "." + layout.format().extension;
        String agency = layout.agencyPlace() == AgencyPlace.FILE_NAME ? AgencyForms.fileName(layout.agency(), random) : null;
        String period = layout.periodPlace() == PeriodPlace.FILE_NAME ? HeaderWords.pick(random, layout.period().file()) : null;
        if (period != null && random.nextInt(3) == 0) {
            return period + "/" + (agency == null ? HeaderWords.pick(random, NEUTRAL_FILES) : agency) + extension;
        }
        List<String> parts = new ArrayList<>();
        if (agency != null) {
            parts.add(agency);
        }
        if (period != null) {
            parts.add(period);
        }
        if (parts.isEmpty()) {
            parts.add(HeaderWords.pick(random, NEUTRAL_FILES));
        }
        return String.join(random.nextBoolean() ? "_" : " - ", parts) + extension;
    }

    private List<List<Cell>> body(LayoutCase layout, List<Column> columns, List<IndicatorEntry> entries) {
        List<List<Cell>> rows = new ArrayList<>();
        String area = null;
        int areas = 0;
        int number = 0;
        for (IndicatorEntry entry : entries) {
            if (layout.body().areaRows() && !entry.indicator().areaCode().equals(area)) {
                area = entry.indicator().areaCode();
                rows.add(areaRow(columns, ROMAN.get(areas++), plan.area(area).name()));
            }
            rows.add(entryRow(layout, columns, entry, ++number));
        }
        if (layout.body().totalRow()) {
            rows.add(totalRow(layout, columns, entries));
        }
        return rows;
    }

    private static List<Cell> areaRow(List<Column> columns, String roman, String areaName) {
        List<Cell> row = blankRow(columns);
        if (columns.contains(Column.ROW_NUMBER)) {
            row.set(columns.indexOf(Column.ROW_NUMBER), Cell.text(roman));
            row.set(columns.indexOf(Column.NAME), Cell.text(areaName));
        } else {
            row.set(columns.indexOf(Column.NAME), Cell.text(roman + ". " + areaName.toUpperCase(Spelling.VIETNAMESE)));
        }
        return row;
    }

    private static List<Cell> entryRow(LayoutCase layout, List<Column> columns, IndicatorEntry entry, int number) {
        List<Cell> row = blankRow(columns);
        for (int c = 0; c < columns.size(); c++) {
            row.set(c, switch (columns.get(c)) {
                case ROW_NUMBER -> layout.body().numbersAsText() ? Cell.text(String.valueOf(number)) : Cell.number(number);
                case CODE -> Cell.text(entry.indicator().code());
                case NAME -> Cell.text(entry.writtenName());
                case UNIT -> Cell.text(entry.unitText());
                case TARGET -> entry.target();
                case NUMERATOR -> entry.numerator();
                case DENOMINATOR -> entry.denominator();
                case VALUE -> entry.value();
                case SECOND_VALUE -> entry.secondValue();
                case NOTE -> Cell.text(entry.note());
            });
        }
        return row;
    }

    /** "Tổng cộng" with the sums of tử số and mẫu số: figures that are no indicator's. */
    private static List<Cell> totalRow(LayoutCase layout, List<Column> columns, List<IndicatorEntry> entries) {
        List<Cell> row = blankRow(columns);
        row.set(0, Cell.text("Tổng cộng"));
        if (columns.contains(Column.NUMERATOR)) {
            long numerators = 0;
            long denominators = 0;
            for (IndicatorEntry entry : entries) {
                if (entry.expected() != null && entry.expected().numerator() != null) {
                    numerators += entry.expected().numerator().longValue();
                    denominators += entry.expected().denominator().longValue();
                }
            }
            row.set(columns.indexOf(Column.NUMERATOR), Cell.number(numerators));
            row.set(columns.indexOf(Column.DENOMINATOR), Cell.number(denominators));
        }
        return row;
    }

    private static List<Cell> blankRow(List<Column> columns) {
        return new ArrayList<>(Collections.nCopies(columns.size(), Cell.EMPTY));
    }
}
