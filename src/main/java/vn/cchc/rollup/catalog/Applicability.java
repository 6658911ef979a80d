package vn.cchc.rollup.catalog;

/** Which agencies must report an indicator. */
public enum Applicability {
    SO, XA, ALL;

    public boolean includes(AgencyKind kind) {
        return this == ALL || name().equals(kind.name());
    }
}
