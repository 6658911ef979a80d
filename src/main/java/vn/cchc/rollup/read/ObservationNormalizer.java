package vn.cchc.rollup.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.IndicatorMatch;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.Unit;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.ReasonCode;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.intake.SourceRef;
import vn.cchc.rollup.normalize.NumberAndWords;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.normalize.PeriodParser;
import vn.cchc.rollup.normalize.PeriodWithoutYear;
import vn.cchc.rollup.normalize.VietNumber;
import vn.cchc.rollup.normalize.VietText;
import vn.cchc.rollup.normalize.WrittenRatio;
import vn.cchc.rollup.normalize.YesNo;

/**
 * Turns one {@link Observation} into a {@link Fact} in the indicator's unit, or a {@link Reject}
 * that says where and why: unknown agency / period / indicator, a value that is not a number,
 * out of range (a percent above 100, a negative count) or inconsistent (tử số above mẫu số).
 * A rate may be typed as tử số/mẫu số in one cell ("45/50 hồ sơ") and a count with its unit ("6 tin"):
 * words after a figure are read only when they are words of the indicator's name.
 */
public final class ObservationNormalizer {

    /** The outcome: at most one of fact and reject is set; neither when the row gives nothing for the report's period. */
    public record Outcome(Fact fact, Reject reject) {

        static final Outcome NOTHING = new Outcome(null, null);
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Tolerance when a row gives tử số, mẫu số and a rounded giá trị. */
    private static final BigDecimal STATED_VALUE_TOLERANCE = new BigDecimal("0.5");

    /** A nearest name less similar than this would only puzzle the analyst. */
    private static final double NEAREST_WORTH_NAMING = 0.3;

    /**
     * What the two counts of a rate are counted in, whatever the indicator's name says: people, times, files,
     * documents, procedures, offices ("45/45 người", "120/130 lượt", "12/12 phòng").
     */
    private static final Set<String> RATIO_UNITS = Set.of("nguoi", "luot", "ho", "so", "van", "ban", "thu", "tuc",
            "tthc", "don", "vi", "phong", "cbccvc", "cbcc", "ccvc", "cong", "chuc", "vien");

    /** Why a blank cell of the agency or period column was not taken as the one above it (see WrittenAbove). */
    private static final String BLANK_IN_GROUP = "ô trống chỉ được hiểu là giống ô phía trên (ô gộp, hay ghi một lần "
            + "cho cả nhóm dòng) khi nhóm đó chưa báo cáo chỉ tiêu của dòng này; ghi rõ cho dòng này";

    private final Plan plan;
    private final String file;

    public ObservationNormalizer(Plan plan, String file) {
        this.plan = plan;
        this.file = file;
    }

    public Outcome normalize(Observation o) {
        Optional<Agency> agency = plan.findAgency(o.agency().text());
        if (agency.isEmpty()) {
            return reject(o.agency().location(), o.location(), ReasonCode.UNKNOWN_AGENCY, !o.agency().isBlank()
                    ? "Đơn vị \"" + o.agency().text() + "\" không có trong danh mục đơn vị"
                    : o.agency().location().isEmpty()
                    ? "Không xác định được đơn vị báo cáo (không có cột đơn vị, dòng \"Đơn vị báo cáo\" hay tên tệp chứa tên đơn vị)"
                    : "Ô đơn vị để trống: " + BLANK_IN_GROUP);
        }
        Optional<Period> period = PeriodParser.parse(o.period().text());
        Optional<PeriodWithoutYear> withoutYear = PeriodParser.findWithoutYear(o.period().text());
        if (period.isEmpty() && withoutYear.isPresent()) {
            return reject(o.period().location(), o.location(), ReasonCode.UNKNOWN_PERIOD, "Kỳ báo cáo \""
                    + o.period().text() + "\" không ghi năm, và không nơi nào khác trong tệp (ô \"Kỳ báo cáo\", tiêu đề, "
                    + "tên trang tính, tên tệp, thư mục) ghi năm: ghi rõ, ví dụ \""
                    + withoutYear.get().in(Year.now().getValue()).label() + "\"");
        }
        if (period.isEmpty()) {
            return reject(o.period().location(), o.location(), ReasonCode.UNKNOWN_PERIOD, o.period().isBlank()
                    ? (o.period().location().isEmpty()
                            ? "Không xác định được kỳ báo cáo (ghi rõ, ví dụ \"Kỳ báo cáo: Quý I/2026\")"
                            : "Ô kỳ báo cáo để trống: " + BLANK_IN_GROUP)
                    : "Kỳ báo cáo \"" + o.period().text() + "\" không đọc được (ví dụ đúng: Quý I/2026, 6 tháng đầu năm 2026, Năm 2026)");
        }
        if (!o.byPeriod().isEmpty()) {
            Optional<PeriodCell> own = o.byPeriod().stream().filter(c -> c.column().names(period.get())).findFirst();
            if (own.isEmpty()) {
                return reject(o.location(), o.location(), ReasonCode.UNKNOWN_PERIOD, "Các cột kết quả ghi theo kỳ ("
                        + o.byPeriod().stream().map(c -> "«" + c.column().heading() + "»").collect(Collectors.joining(", "))
                        + ") không có cột nào của kỳ báo cáo " + period.get().label());
            }
            // blank under the report's period: nothing reported, whatever the other periods' columns hold
            return own.get().isBlank() ? Outcome.NOTHING : normalize(o.withCellsOf(own.get()));
        }
        IndicatorMatch match = plan.matchIndicator(o.indicator().text());
        Optional<Indicator> found = match.found();
        if (found.isEmpty()) {
            return reject(o.indicator().location(), o.location(), ReasonCode.UNKNOWN_INDICATOR, unknownIndicator(o, match));
        }
        Indicator indicator = found.get();
        if (!indicator.appliesTo(agency.get())) {
            return reject(o.indicator().location(), o.location(), ReasonCode.UNKNOWN_INDICATOR,
                    "Chỉ tiêu " + indicator.code() + " không áp dụng cho " + agency.get().name());
        }
        return switch (indicator.unit()) {
            case PERCENT -> percent(o, agency.get(), period.get(), indicator);
            case COUNT -> count(o, agency.get(), period.get(), indicator);
            case YES_NO -> yesNo(o, agency.get(), period.get(), indicator);
        };
    }

    private static String unknownIndicator(Observation o, IndicatorMatch match) {
        if (o.indicator().isBlank()) {
            return "Dòng có số liệu nhưng không ghi mã hoặc tên chỉ tiêu";
        }
        String written = "Chỉ tiêu \"" + o.indicator().text() + "\"";
        if (match.ambiguous()) {
            return written + " gần giống cả hai chỉ tiêu " + match.describeNearest(2) + ": ghi mã chỉ tiêu để phân biệt";
        }
        String message = written + " không có trong danh mục chỉ tiêu";
        if (!match.nearest().isEmpty() && match.nearest().get(0).similarity() >= NEAREST_WORTH_NAMING) {
            message += " (gần nhất: " + match.describeNearest(1) + ")";
        }
        return message;
    }

    private Outcome percent(Observation o, Agency agency, Period period, Indicator indicator) {
        if (o.numerator() != null || o.denominator() != null) {
            if (o.numerator() == null || o.denominator() == null) {
                LocatedCell given = o.numerator() != null ? o.numerator() : o.denominator();
                return reject(given.location(), o.location(), ReasonCode.BAD_VALUE,
                        "Chỉ tiêu " + indicator.code() + " có " + (o.numerator() == null ? "mẫu số" : "tử số")
                                + " nhưng thiếu " + (o.numerator() == null ? "tử số" : "mẫu số"));
            }
            ValueReading numerator = number(o.numerator(), false);
            if (!numerator.ok()) {
                return reject(o.numerator().location(), o.location(), numerator.problem(), "Tử số: " + numerator.message());
            }
            ValueReading denominator = number(o.denominator(), false);
            if (!denominator.ok()) {
                return reject(o.denominator().location(), o.location(), denominator.problem(), "Mẫu số: " + denominator.message());
            }
            ValueReading stated = o.value() == null ? ValueReading.of(null) : number(o.value(), true);
            return ratio(o, agency, period, indicator, new Ratio(numerator.value(), o.numerator().location(),
                    denominator.value(), o.denominator().location(), stated.ok() ? stated.value() : null,
                    o.value() == null ? null : o.value().location()));
        }
        ValueReading reading = number(o.value(), true);
        if (!reading.ok()) {
            Optional<WrittenRatio> written = writtenRatio(o.value(), indicator);
            if (written.isPresent()) {
                String cell = o.value().location();
                WrittenRatio w = written.get();
                return ratio(o, agency, period, indicator,
                        new Ratio(w.numerator(), cell, w.denominator(), cell, w.stated(), cell));
            }
            return reject(o.value().location(), o.location(), reading.problem(), reading.message());
        }
        BigDecimal value = reading.value();
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            return reject(o.value().location(), o.location(), ReasonCode.OUT_OF_RANGE,
                    "Tỷ lệ " + plain(value) + "% nằm ngoài khoảng 0–100%");
        }
        return fact(o, agency, period, indicator, null, null, value);
    }

    /** Tử số and mẫu số with the cells they came from, and the percent the row states beside them, if any. */
    private record Ratio(BigDecimal numerator, String numeratorCell, BigDecimal denominator, String denominatorCell,
                         BigDecimal stated, String statedCell) {
    }

    private Outcome ratio(Observation o, Agency agency, Period period, Indicator indicator, Ratio r) {
        BigDecimal num = r.numerator();
        BigDecimal den = r.denominator();
        if (num.signum() < 0 || den.signum() < 0) {
            return reject(r.numeratorCell(), o.location(), ReasonCode.OUT_OF_RANGE,
                    "Tử số và mẫu số không được âm (" + plain(num) + "/" + plain(den) + ")");
        }
        if (den.signum() == 0) {
            return reject(r.denominatorCell(), o.location(), ReasonCode.BAD_VALUE,
                    "Mẫu số bằng 0: không tính được tỷ lệ");
        }
        if (num.compareTo(den) > 0) {
            return reject(r.numeratorCell(), o.location(), ReasonCode.INCONSISTENT,
                    "Tử số (" + plain(num) + ") lớn hơn mẫu số (" + plain(den) + ")");
        }
        BigDecimal rate = num.multiply(HUNDRED).divide(den, MathContext.DECIMAL64);
        if (r.stated() != null && r.stated().subtract(rate).abs().compareTo(STATED_VALUE_TOLERANCE) > 0) {
            return reject(r.statedCell(), o.location(), ReasonCode.INCONSISTENT,
                    "Giá trị " + plain(r.stated()) + "% không khớp tử số/mẫu số " + plain(num) + "/"
                            + plain(den) + " = " + plain(rate.setScale(2, RoundingMode.HALF_UP)) + "%");
        }
        return fact(o, agency, period, indicator, num, den, rate);
    }

    /** "45/50" or "45/50 hồ sơ" typed in the value cell of a rate: tử số and mẫu số. */
    private static Optional<WrittenRatio> writtenRatio(LocatedCell cell, Indicator indicator) {
        return cell.cell().isNumeric() ? Optional.empty()
                : WrittenRatio.parse(cell.cell().text()).filter(r -> namedBy(r.words(), indicator)
                        || RATIO_UNITS.containsAll(List.of(r.words().split(" "))));
    }

    /** "6 tin" or "05 sáng kiến" typed in the value cell of a count. */
    private static ValueReading countWithWords(LocatedCell cell, Indicator indicator, ValueReading otherwise) {
        return cell.cell().isNumeric() ? otherwise
                : NumberAndWords.parse(cell.cell().text())
                        .filter(n -> namedBy(n.words(), indicator))
                        .map(n -> ValueReading.of(n.number()))
                        .orElse(otherwise);
    }

    /** Whether every word typed after a figure is a word of the indicator's name: its unit ("tin", "hồ sơ"). */
    private static boolean namedBy(String words, Indicator indicator) {
        if (words.isEmpty()) {
            return true;
        }
        Set<String> named = new HashSet<>(List.of(VietText.key(indicator.name()).split(" ")));
        return named.containsAll(List.of(words.split(" ")));
    }

    private Outcome count(Observation o, Agency agency, Period period, Indicator indicator) {
        LocatedCell cell = o.value() != null ? o.value() : o.numerator();
        if (cell == null) {
            return reject(o.denominator().location(), o.location(), ReasonCode.BAD_VALUE,
                    "Chỉ tiêu " + indicator.code() + " là số lượng: ghi vào cột Giá trị");
        }
        ValueReading reading = number(cell, false);
        if (!reading.ok()) {
            reading = countWithWords(cell, indicator, reading);
        }
        if (!reading.ok()) {
            return reject(cell.location(), o.location(), reading.problem(), reading.message());
        }
        BigDecimal value = reading.value();
        if (value.signum() < 0) {
            return reject(cell.location(), o.location(), ReasonCode.OUT_OF_RANGE, "Số lượng không được âm (" + plain(value) + ")");
        }
        if (value.stripTrailingZeros().scale() > 0) {
            return reject(cell.location(), o.location(), ReasonCode.BAD_VALUE, "Số lượng phải là số nguyên (" + plain(value) + ")");
        }
        return fact(o, agency, period, indicator, null, null, value);
    }

    private Outcome yesNo(Observation o, Agency agency, Period period, Indicator indicator) {
        LocatedCell cell = o.value() != null ? o.value() : o.numerator();
        if (cell == null) {
            return reject(o.denominator().location(), o.location(), ReasonCode.BAD_VALUE,
                    "Chỉ tiêu " + indicator.code() + " là Có/Không: ghi vào cột Giá trị");
        }
        RawCell raw = cell.cell();
        Optional<Boolean> answer = raw.isNumeric()
                ? (raw.number().compareTo(BigDecimal.ONE) == 0 ? Optional.of(true)
                        : raw.number().signum() == 0 ? Optional.of(false) : Optional.empty())
                : YesNo.parse(raw.text());
        if (answer.isEmpty()) {
            return reject(cell.location(), o.location(), ReasonCode.BAD_VALUE,
                    "Chỉ tiêu " + indicator.code() + " cần trả lời Có hoặc Không, không phải \"" + raw.text() + "\"");
        }
        return fact(o, agency, period, indicator, null, null, answer.get() ? BigDecimal.ONE : BigDecimal.ZERO);
    }

    /** A number from a cell; a percent-formatted numeric cell holds a fraction (0,955 shown as 95,5 %). */
    static ValueReading number(LocatedCell located, boolean percentUnit) {
        RawCell cell = located.cell();
        if (cell.isNumeric()) {
            BigDecimal n = cell.number();
            return ValueReading.of(percentUnit && cell.percentFormat() ? n.multiply(HUNDRED) : n);
        }
        return VietNumber.parse(cell.text())
                .map(p -> ValueReading.of(p.value()))
                .orElseGet(() -> ValueReading.problem(ReasonCode.BAD_VALUE,
                        "\"" + cell.text() + "\" không phải là số"));
    }

    private Outcome fact(Observation o, Agency agency, Period period, Indicator indicator,
            BigDecimal numerator, BigDecimal denominator, BigDecimal value) {
        return new Outcome(new Fact(agency.code(), period, indicator.code(), numerator, denominator,
                value, o.note(), new SourceRef(file, o.location())), null);
    }

    private Outcome reject(String location, String fallback, ReasonCode reason, String message) {
        String where = location == null || location.isEmpty() ? fallback : location;
        return new Outcome(null, new Reject(new SourceRef(file, where), reason, message));
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
