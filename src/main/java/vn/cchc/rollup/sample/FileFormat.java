package vn.cchc.rollup.sample;

/** The file types agencies send: spreadsheets, and Word documents (the product's form in Word). */
public enum FileFormat {
    XLSX, XLS, CSV, DOCX;

    public String extension() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
