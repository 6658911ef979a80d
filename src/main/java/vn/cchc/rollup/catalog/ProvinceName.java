package vn.cchc.rollup.catalog;

import java.util.Set;
import vn.cchc.rollup.normalize.VietText;

/**
 * How the plan's province is named in titles and letterheads: "Tỉnh Hà Tĩnh", "UBND tỉnh Hà Tĩnh";
 * the six centrally governed cities are "Thành phố Hà Nội", "UBND thành phố Hà Nội". A name the plan
 * already writes with its kind ("Thành phố Huế", "Tỉnh Nghệ An") is kept as written, and so is the
 * name of a plan over all provinces ("Toàn quốc").
 *
 * @param name as the plan gives it, e.g. "Hà Tĩnh"; empty when it does not say
 */
public record ProvinceName(String name) {

    private static final Set<String> CITIES = Set.of("ha noi", "hai phong", "da nang", "hue", "ho chi minh", "can tho");
    private static final String NATIONAL = "toan quoc";

    public ProvinceName {
        name = name == null ? "" : name.strip();
    }

    /** "Tỉnh Hà Tĩnh", "Thành phố Đà Nẵng", "Toàn quốc"; empty when the plan has no name. */
    public String title() {
        if (writtenWithKind()) {
            return name;
        }
        return switch (kind()) {
            case NONE, NATIONAL -> name;
            case PROVINCE -> "Tỉnh " + name;
            case CITY -> "Thành phố " + name;
        };
    }

    /** The title followed by " – ", to put before a subtitle; empty when the plan has no name. */
    public String titlePrefix() {
        return name.isEmpty() ? "" : title() + " – ";
    }

    /** The place an official document is dated at: "Hà Tĩnh", also for "Tỉnh Hà Tĩnh"; empty for none or national. */
    public String place() {
        if (kind() == Kind.NATIONAL) {
            return "";
        }
        if (writtenWithKind()) {
            return name.replaceFirst("(?i)^(tỉnh|tinh|thành phố|thanh pho|tp\\.?)\\s+", "");
        }
        return name;
    }

    /** The whole of it, as a group of agencies is named: "Toàn tỉnh", "Toàn thành phố", "Toàn quốc". */
    public String whole() {
        return switch (kind()) {
            case NONE, PROVINCE -> "Toàn tỉnh";
            case CITY -> "Toàn thành phố";
            case NATIONAL -> "Toàn quốc";
        };
    }

    /** "UBND tỉnh Hà Tĩnh", "UBND thành phố Đà Nẵng", "UBND Thành phố Huế"; empty for none or national. */
    public String committee() {
        if (writtenWithKind()) {
            return "UBND " + name;
        }
        return switch (kind()) {
            case NONE, NATIONAL -> "";
            case PROVINCE -> "UBND tỉnh " + name;
            case CITY -> "UBND thành phố " + name;
        };
    }

    private enum Kind { NONE, NATIONAL, PROVINCE, CITY }

    private Kind kind() {
        String key = VietText.key(name);
        if (key.isEmpty()) {
            return Kind.NONE;
        }
        if (key.equals(NATIONAL)) {
            return Kind.NATIONAL;
        }
        if (key.startsWith("thanh pho ") || key.startsWith("tp ") || CITIES.contains(key)) {
            return Kind.CITY;
        }
        return Kind.PROVINCE;
    }

    /** "Tỉnh Nghệ An", "Thành phố Huế", "TP. Hải Phòng": the plan wrote the kind itself. */
    private boolean writtenWithKind() {
        String key = VietText.key(name);
        return key.startsWith("tinh ") || key.startsWith("thanh pho ") || key.startsWith("tp ");
    }
}
