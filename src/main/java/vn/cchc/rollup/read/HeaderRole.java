package vn.cchc.rollup.read;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.cchc.rollup.normalize.VietText;

/** What a column of a report table holds, as its header words say it. */
enum HeaderRole {
    ROW_NUMBER("số thứ tự"),
    AGENCY_CODE("mã đơn vị"),
    AGENCY_NAME("tên đơn vị"),
    PERIOD("kỳ báo cáo"),
    INDICATOR_CODE("mã chỉ tiêu"),
    INDICATOR_NAME("tên chỉ tiêu"),
    UNIT("đơn vị tính"),
    /** The plan's target ("Kế hoạch", "Chỉ tiêu kế hoạch", "Mục tiêu", "KH"): never the reported value. */
    TARGET("chỉ tiêu kế hoạch"),
    NUMERATOR("tử số"),
    DENOMINATOR("mẫu số"),
    VALUE("kết quả"),
    YES_NO("có/không"),
    NOTE("ghi chú"),
    /** A known column that carries nothing to read: score, rank, self-assessment. */
    IGNORED("không đọc");

    /** Words a header starts with (followed by more words or not). */
    private static final Map<String, HeaderRole> PREFIXES = new LinkedHashMap<>();
    /** Words that name a role only as the whole header: "Tỷ lệ" is a value, "Tỷ lệ hồ sơ …" an indicator. */
    private static final Map<String, HeaderRole> WHOLE = new LinkedHashMap<>();

    static {
        prefix(ROW_NUMBER, "stt", "so tt", "so thu tu");
        whole(ROW_NUMBER, "tt");
        prefix(AGENCY_CODE, "ma don vi", "ma co quan", "agency code", "agency");
        prefix(AGENCY_NAME, "don vi", "ten don vi", "don vi bao cao", "co quan", "ten co quan",
                "co quan don vi", "agency name");
        prefix(PERIOD, "ky bao cao", "ky bc", "period", "thoi ky bao cao");
        prefix(INDICATOR_CODE, "ma chi tieu", "ma ct", "indicator code", "indicator");
        whole(INDICATOR_CODE, "ma", "ma so");
        prefix(INDICATOR_NAME, "ten chi tieu", "chi tieu", "noi dung", "noi dung chi tieu", "indicator name",
                "ten chi so", "noi dung danh gia", "tieu chi", "ten tieu chi", "noi dung tieu chi");
        prefix(UNIT, "don vi tinh", "dvt", "unit");
        whole(UNIT, "don vi do");
        prefix(TARGET, "chi tieu ke hoach", "chi tieu giao", "chi tieu nam", "chi tieu kh", "muc tieu", "target",
                "ke hoach", "kh nam", "chi tieu duoc giao", "chi tieu phan dau", "yeu cau", "chi tieu yeu cau");
        whole(TARGET, "kh");
        prefix(NUMERATOR, "tu so", "numerator");
        prefix(DENOMINATOR, "mau so", "denominator");
        prefix(VALUE, "gia tri", "ket qua", "ket qua thuc hien", "so lieu", "thuc hien", "value", "ket qua dat duoc",
                "chi so dat duoc", "dat duoc", "tinh hinh thuc hien", "kq", "muc do hoan thanh", "muc do dat duoc");
        whole(VALUE, "th", "dat", "ty le", "so luong", "ty le gia tri", "gia tri ty le", "so luong ty le", "ty le so luong",
                "so luong gia tri", "ty le hoan thanh");
        // "Kỳ trước | Kỳ này": this period's result beside the last one's
        // ("Quý này" is not: in a half-year report it is the second quarter, beside "Lũy kế" the half year)
        prefix(VALUE, "ky nay", "trong ky", "ket qua ky nay", "thuc hien ky nay", "so lieu ky nay");
        prefix(YES_NO, "co khong", "dat khong dat", "co hoac khong");
        prefix(NOTE, "ghi chu", "note", "notes");
        prefix(IGNORED, "diem", "xep hang", "tu danh gia", "danh gia", "xep loai");
        // the previous period's figures and the comparison with them: not this report's result
        prefix(IGNORED, "ky truoc", "quy truoc", "nam truoc", "thang truoc", "cung ky", "ket qua ky truoc",
                "thuc hien ky truoc", "so lieu ky truoc", "ket qua cung ky", "thuc hien cung ky", "so lieu cung ky",
                "so voi", "tang giam");
        // a column of the agencies' total or mean beside a column per agency: not an agency's result
        whole(IGNORED, "tong cong", "tong", "cong", "toan tinh", "toan thanh pho", "binh quan", "trung binh",
                "trung binh chung");
        // a task report's columns: a sheet of tasks is not a table of indicators
        prefix(IGNORED, "ma nhiem vu", "ten nhiem vu", "nhiem vu", "trang thai", "minh chung", "thoi gian hoan thanh",
                "ngay hoan thanh", "thoi han");
    }

    private final String label;

    HeaderRole(String label) {
        this.label = label;
    }

    /** How an analyst reads the role, in Vietnamese. */
    String label() {
        return label;
    }

    private static void prefix(HeaderRole role, String... keys) {
        for (String key : keys) {
            PREFIXES.put(key, role);
        }
    }

    private static void whole(HeaderRole role, String... keys) {
        for (String key : keys) {
            WHOLE.put(key, role);
        }
    }

    /**
     * The role of a header cell: the whole text as a known header, else the longest known header
     * it starts with, word for word; null if none. Line breaks and case do not matter.
     */
    static HeaderRole of(String text) {
        String key = VietText.key(text);
        HeaderRole whole = WHOLE.get(key);
        if (whole != null) {
            return whole;
        }
        // the longest known header the key starts with, word for word: its prefixes ending at a word's end
        for (int end = key.length(); end > 0; end = key.lastIndexOf(' ', end - 1)) {
            HeaderRole role = PREFIXES.get(end == key.length() ? key : key.substring(0, end));
            if (role != null) {
                return role;
            }
        }
        return null;
    }

    /** A column holding a reported value of an indicator. */
    boolean holdsValue() {
        return this == NUMERATOR || this == DENOMINATOR || this == VALUE || this == YES_NO;
    }

    boolean namesIndicator() {
        return this == INDICATOR_CODE || this == INDICATOR_NAME;
    }

    boolean namesAgency() {
        return this == AGENCY_CODE || this == AGENCY_NAME;
    }
}
