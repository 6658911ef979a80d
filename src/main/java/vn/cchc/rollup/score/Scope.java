package vn.cchc.rollup.score;

import vn.cchc.rollup.catalog.AgencyKind;

/** A group that figures roll up to: all Sở, all xã, or the whole province. */
public enum Scope {
    SO("Khối Sở, ban, ngành"),
    XA("Khối xã, phường"),
    PROVINCE("Toàn tỉnh");

    private final String label;

    Scope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Scope of(AgencyKind kind) {
        return kind == AgencyKind.SO ? SO : XA;
    }

    public boolean includes(AgencyKind kind) {
        return this == PROVINCE || this == of(kind);
    }
}
