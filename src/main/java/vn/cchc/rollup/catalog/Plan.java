package vn.cchc.rollup.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.rollup.normalize.TextMemo;
import vn.cchc.rollup.normalize.VietText;

/** The plan a run evaluates against: agency registry, reform areas and indicator catalogue. */
public final class Plan {

    private static final Pattern CODE_KEY = Pattern.compile("[a-z]+ ?\\d+");
    private static final Pattern CODE_ONLY = Pattern.compile("[a-z]*\\d*");
    private static final Pattern NAMED_CODE = Pattern.compile("(?:chi tieu|ct|ma|ma so|ma chi tieu) ([a-z]+ ?\\d+)");
    private static final Pattern LEADING_ZEROS = Pattern.compile("(?<=[a-z])0+(\\d)");

    private final String province;
    private final Letterhead letterhead;
    private final Map<String, Agency> agencies = new LinkedHashMap<>();
    private final Map<String, Area> areas = new LinkedHashMap<>();
    private final Map<String, Indicator> indicators = new LinkedHashMap<>();
    private final AgencyNames agencyNames = new AgencyNames();
    private final NameIndex<Indicator> indicatorNames = new NameIndex<>(Plan::indicatorKey);
    private final IndicatorNameMatcher indicatorWording;
    /** A wording is matched for the header, the row and the value alike, and repeats in every agency's file. */
    private final TextMemo<IndicatorMatch> matched = new TextMemo<>(this::matchIndicatorOnce);
    /** Cells are asked whether they name an indicator while columns are judged and rows read: each text once. */
    private final TextMemo<Optional<Indicator>> found = new TextMemo<>(text -> indicatorNames.find(text));

    public Plan(String province, List<Agency> agencies, List<Area> areas, List<Indicator> indicators) {
        this(province, null, agencies, areas, indicators);
    }

    /** @param letterhead who issues the outputs; null for the default of the province */
    public Plan(String province, Letterhead letterhead, List<Agency> agencies, List<Area> areas,
            List<Indicator> indicators) {
        this.province = province;
        this.letterhead = letterhead == null ? Letterhead.defaults(new ProvinceName(province)) : letterhead;
        for (Area area : areas) {
            this.areas.put(area.code(), area);
        }
        for (Agency agency : agencies) {
            this.agencies.put(agency.code(), agency);
            agencyNames.add(agency);
        }
        for (Indicator indicator : indicators) {
            if (!this.areas.containsKey(indicator.areaCode())) {
                throw new IllegalArgumentException(
                        "indicator " + indicator.code() + " names unknown area " + indicator.areaCode());
            }
            this.indicators.put(indicator.code(), indicator);
            indicatorNames.add(indicator.code(), indicator);
            indicatorNames.add(indicator.name(), indicator);
            indicator.aliases().forEach(alias -> indicatorNames.add(alias, indicator));
        }
        this.indicatorWording = new IndicatorNameMatcher(indicators);
    }

    /** The province's name, e.g. "Hà Tĩnh"; empty when the plan does not say. */
    public String province() {
        return province;
    }

    /** The province's name as titles and letterheads write it. */
    public ProvinceName provinceName() {
        return new ProvinceName(province);
    }

    /** Who issues the summary and the scorecards, and who signs them. */
    public Letterhead letterhead() {
        return letterhead;
    }

    public List<Agency> agencies() {
        return List.copyOf(agencies.values());
    }

    public List<Agency> agencies(AgencyKind kind) {
        return agencies.values().stream().filter(a -> a.kind() == kind).toList();
    }

    public List<Area> areas() {
        return List.copyOf(areas.values());
    }

    public List<Indicator> indicators() {
        return List.copyOf(indicators.values());
    }

    public List<Indicator> indicatorsFor(Agency agency) {
        return indicators.values().stream().filter(i -> i.appliesTo(agency)).toList();
    }

    public Optional<Agency> agency(String code) {
        return Optional.ofNullable(agencies.get(code));
    }

    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    public Area area(String code) {
        Area area = areas.get(code);
        if (area == null) {
            throw new IllegalArgumentException("unknown area " + code);
        }
        return area;
    }

    /**
     * An agency by code, name or alias, as typed in a report ("UBND xã Đức Thọ", "SO NOI VU"), or
     * shortened ("P. Thành Sen", "Cam Xuyen", "VP UBND"): see {@link AgencyNames}.
     */
    public Optional<Agency> findAgency(String text) {
        return agencyNames.find(text, NameForms.SHORT);
    }

    /** As {@link #findAgency}, counting only the given forms of names. */
    public Optional<Agency> findAgency(String text, NameForms forms) {
        return agencyNames.find(text, forms);
    }

    /**
     * The one agency a longer text names in whole words ("skhcn_q1_2026", "Báo cáo của UBND xã Đức
     * Thọ"), the longest name winning; none when two are named alike.
     */
    public Optional<Agency> agencyMentionedIn(String text, NameForms forms) {
        return agencyNames.mentionedIn(text, forms);
    }

    /** An indicator by code or name, as typed in a report ("TTHC-05", "tthc 05", its full name). */
    public Optional<Indicator> findIndicator(String text) {
        return found.apply(text);
    }

    /**
     * An indicator by code, name or alias as {@link #findIndicator} finds it, else by a wording close
     * enough to one name ("1. Tỷ lệ hồ sơ tiếp nhận trực tuyến (%)"). A code that is not in the plan
     * ("TTHC-99") has no nearest names.
     */
    public IndicatorMatch matchIndicator(String text) {
        return matched.apply(text);
    }

    private IndicatorMatch matchIndicatorOnce(String text) {
        Optional<Indicator> exact = findIndicator(text);
        if (exact.isPresent()) {
            return IndicatorMatch.exact(exact.get());
        }
        if (looksLikeCode(text)) {
            return IndicatorMatch.none(List.of());
        }
        return indicatorWording.match(text);
    }

    /** The indicators ranked by how close their names are to a wording, best first. */
    public List<IndicatorMatch.Candidate> nearestIndicators(String text) {
        return indicatorWording.rank(text);
    }

    /** "TTHC-99", "tthc 7", "X1": a code, not a name worth comparing word by word. */
    private static boolean looksLikeCode(String text) {
        return CODE_ONLY.matcher(indicatorKey(text)).matches();
    }

    public Map<String, Area> areasByCode() {
        return Collections.unmodifiableMap(areas);
    }

    /** A text key ({@link VietText#key}) written like an indicator code: letters, maybe a space, digits ("tthc 05"). */
    public static boolean isCodeKey(String key) {
        return CODE_KEY.matcher(key).matches();
    }

    /**
     * Codes match with or without their separator and zero ("TTHC-05", "tthc 05", "TTHC05", "tthc-5"), and
     * after the word that names them ("Chỉ tiêu TTHC-05", "CT TTHC-05", "Mã TTHC-05").
     */
    static String indicatorKey(String text) {
        String key = VietText.key(text);
        if (key.indexOf(' ') > 0 && (key.charAt(0) == 'c' || key.charAt(0) == 'm')) {
            Matcher named = NAMED_CODE.matcher(key);
            if (named.matches()) {
                key = named.group(1);
            }
        }
        if (!isCodeKey(key)) {
            return key;
        }
        String code = key.replace(" ", "");
        return code.indexOf('0') < 0 ? code : LEADING_ZEROS.matcher(code).replaceFirst("$1");
    }
}
