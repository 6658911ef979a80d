package vn.cchc.rollup.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.cchc.rollup.normalize.VietText;

/** The plan a run evaluates against: agency registry, reform areas and indicator catalogue. */
public final class Plan {

    private static final Pattern AND_SIGN = Pattern.compile("\\s*&\\s*");

    private final String province;
    private final Letterhead letterhead;
    private final Map<String, Agency> agencies = new LinkedHashMap<>();
    private final Map<String, Area> areas = new LinkedHashMap<>();
    private final Map<String, Indicator> indicators = new LinkedHashMap<>();
    private final NameIndex<Agency> agencyNames = new NameIndex<>(Plan::agencyKey);
    private final NameIndex<Indicator> indicatorNames = new NameIndex<>(Plan::indicatorKey);

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
            agencyNames.add(agency.code(), agency);
            agencyNames.add(agency.name(), agency);
            agency.aliases().forEach(alias -> agencyNames.add(alias, agency));
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

    /** An agency by code, name or alias, as typed in a report ("UBND xã Đức Thọ", "SO NOI VU"). */
    public Optional<Agency> findAgency(String text) {
        return agencyNames.find(text);
    }

    /** An indicator by code or name, as typed in a report ("TTHC-05", "tthc 05", its full name). */
    public Optional<Indicator> findIndicator(String text) {
        return indicatorNames.find(text);
    }

    public Map<String, Area> areasByCode() {
        return Collections.unmodifiableMap(areas);
    }

    static String agencyKey(String text) {
        return VietText.agencyKey(AND_SIGN.matcher(VietText.clean(text)).replaceAll(" và "));
    }

    /** Codes match with or without their separator: "TTHC-05", "tthc 05" and "TTHC05". */
    static String indicatorKey(String text) {
        String key = VietText.key(text);
        return key.matches("[a-z]+ ?\\d+") ? key.replace(" ", "") : key;
    }
}
