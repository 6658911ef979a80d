package vn.cchc.rollup.read.layouts;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a report's content as one file type. */
interface ReportWriter {

    void write(ReportContent content, Path file) throws IOException;

    static ReportWriter of(FileFormat format) {
        return switch (format) {
            case XLSX -> new PoiSheetWriter(false);
            case XLS -> new PoiSheetWriter(true);
            case XLSX_INLINE -> new InlineXlsxWriter();
            case CSV -> new CsvReportWriter();
            case DOCX -> new DocxReportWriter();
        };
    }
}
