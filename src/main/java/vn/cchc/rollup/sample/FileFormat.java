package vn.cchc.rollup.sample;

/** The file types agencies send. */
public enum FileFormat {
    XLSX, XLS, CSV;

    public String extension() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
