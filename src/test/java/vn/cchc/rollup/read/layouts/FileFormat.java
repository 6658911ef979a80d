package vn.cchc.rollup.read.layouts;

/** The file type a generated report is written as. */
enum FileFormat {
    /** POI's XSSF: strings in the shared-strings table. */
    XLSX("xlsx"),
    /** A hand-written package whose strings are inline ({@code t="inlineStr"}), as many exporters write. */
    XLSX_INLINE("xlsx"),
    XLS("xls"),
    /** UTF-8 with BOM, ';' separated, as Vietnamese Excel saves it; merged cells flattened. */
    CSV("csv"),
    DOCX("docx");

    final String extension;

    FileFormat(String extension) {
        this.extension = extension;
    }

    boolean hasSheets() {
        return this == XLSX || this == XLSX_INLINE || this == XLS;
    }
}
