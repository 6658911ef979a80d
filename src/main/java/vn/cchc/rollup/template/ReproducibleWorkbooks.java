package vn.cchc.rollup.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.Reproducibility;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Saves workbooks (and Word documents) so that the same content gives the same bytes: no timestamps, fixed author. */
public final class ReproducibleWorkbooks {

    /** 2026-01-01T00:00:00Z: the created/modified date of every generated workbook. */
    private static final Date FIXED_DATE = new Date(1_767_225_600_000L);
    private static final String AUTHOR = "cchc-rollup";

    private ReproducibleWorkbooks() {
    }

    public static void save(XWPFDocument document, Path file) throws IOException {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        core.setCreated(Optional.of(FIXED_DATE));
        core.setModified(Optional.of(FIXED_DATE));
        core.setCreator(AUTHOR);
        core.setLastModifiedByUser(AUTHOR);
        Reproducibility.runWithSourceDateEpoch(() -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                document.write(out);
            }
        });
    }

    public static void save(Workbook workbook, Path file) throws IOException {
        if (workbook instanceof XSSFWorkbook xssf) {
            POIXMLProperties.CoreProperties core = xssf.getProperties().getCoreProperties();
            core.setCreated(Optional.of(FIXED_DATE));
            core.setModified(Optional.of(FIXED_DATE));
            core.setCreator(AUTHOR);
            core.setLastModifiedByUser(AUTHOR);
        } else if (workbook instanceof HSSFWorkbook hssf) {
            hssf.createInformationProperties();
            hssf.getSummaryInformation().setAuthor(AUTHOR);
        }
        Reproducibility.runWithSourceDateEpoch(() -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        });
    }
}
