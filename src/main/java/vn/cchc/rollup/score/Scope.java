package vn.cchc.rollup.score;

import vn.cchc.rollup.catalog.AgencyKind;
import vn.cchc.rollup.catalog.ProvinceName;

/** A group that figures roll up to: all Sở, all xã, or the whole province. */
public enum Scope {
    SO,
    XA,
    PROVINCE;

    /** "Khối Sở, ban, ngành", "Khối xã, phường", and for the whole: "Toàn tỉnh", "Toàn thành phố"… */
    public String label(ProvinceName province) {
        return switch (this) {
            case SO -> "Khối Sở, ban, ngành";
            case XA -> "Khối xã, phường";
            case PROVINCE -> province.whole();
        };
    }

    public static Scope of(AgencyKind kind) {
        return kind == AgencyKind.SO ? SO : XA;
    }

    public boolean includes(AgencyKind kind) {
        return this == PROVINCE || this == of(kind);
    }
}
