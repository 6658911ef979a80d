package vn.cchc.rollup.read;

/** The table layouts a report can come in. */
public enum Layout {
    /** One agency and one period per file, a row per indicator (the product's own template). */
    TEMPLATE("Mẫu báo cáo (một đơn vị)"),
    /** A row per agency × period × indicator. */
    LONG("Dạng dọc (mỗi dòng một chỉ tiêu)"),
    /** A row per agency, a column per indicator. */
    WIDE("Dạng ngang (mỗi cột một chỉ tiêu)"),
    /** A row per indicator, a column per agency. */
    ACROSS_AGENCIES("Dạng ngang theo đơn vị (mỗi dòng một chỉ tiêu, mỗi cột một đơn vị)");

    private final String label;

    Layout(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
