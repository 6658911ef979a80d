package vn.cchc.rollup.catalog;

/** How an indicator's value is expressed. */
public enum Unit {
    /** A rate in percent units: 95.5 means 95.5 %. */
    PERCENT("%"),
    /** A number of things. */
    COUNT("Số lượng"),
    /** 1 for yes, 0 for no. */
    YES_NO("Có/Không");

    private final String label;

    Unit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
