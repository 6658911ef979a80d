package vn.cchc.rollup.catalog;

/** The two kinds of reporting agency: provincial departments and communes/wards. */
public enum AgencyKind {
    SO("Sở, ban, ngành"),
    XA("Xã, phường");

    private final String label;

    AgencyKind(String label) {
        this.label = label;
    }

    /** Vietnamese label shown to officials. */
    public String label() {
        return label;
    }
}
