package vn.cchc.rollup.read;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.cchc.rollup.normalize.VietText;

/** What a column of a report table holds, recognised from its header text. */
enum HeaderRole {
    AGENCY_CODE, AGENCY_NAME, PERIOD, INDICATOR_CODE, INDICATOR_NAME,
    NUMERATOR, DENOMINATOR, VALUE, NOTE,
    /** A known column that carries nothing to read: STT, unit, plan target. */
    IGNORED;

    private static final Map<String, HeaderRole> SYNONYMS = new LinkedHashMap<>();

    static {
        add(AGENCY_CODE, "ma don vi", "ma co quan", "agency code", "agency");
        add(AGENCY_NAME, "don vi", "ten don vi", "don vi bao cao", "co quan", "ten co quan",
                "co quan don vi", "agency name");
        add(PERIOD, "ky bao cao", "ky bc", "period", "thoi ky bao cao");
        add(INDICATOR_CODE, "ma chi tieu", "ma ct", "indicator code", "indicator");
        add(INDICATOR_NAME, "ten chi tieu", "chi tieu", "noi dung", "noi dung chi tieu", "indicator name");
        add(NUMERATOR, "tu so", "numerator");
        add(DENOMINATOR, "mau so", "denominator");
        add(VALUE, "gia tri", "ket qua", "ket qua thuc hien", "so lieu", "thuc hien", "value");
        add(NOTE, "ghi chu", "note", "notes");
        add(IGNORED, "stt", "tt", "so tt", "don vi tinh", "dvt", "chi tieu ke hoach", "chi tieu giao",
                "chi tieu nam", "muc tieu", "target", "unit", "diem", "xep hang");
    }

    private static void add(HeaderRole role, String... keys) {
        for (String key : keys) {
            SYNONYMS.put(key, role);
        }
    }

    /** The role of a header cell: the longest synonym the text starts with, word for word; null if none. */
    static HeaderRole of(String text) {
        String key = VietText.key(text);
        HeaderRole best = null;
        int bestLength = -1;
        for (Map.Entry<String, HeaderRole> e : SYNONYMS.entrySet()) {
            String synonym = e.getKey();
            boolean matches = key.equals(synonym) || key.startsWith(synonym + " ");
            if (matches && synonym.length() > bestLength) {
                best = e.getValue();
                bestLength = synonym.length();
            }
        }
        return best;
    }

    static boolean isValueRole(HeaderRole role) {
        return role == NUMERATOR || role == DENOMINATOR || role == VALUE;
    }
}
