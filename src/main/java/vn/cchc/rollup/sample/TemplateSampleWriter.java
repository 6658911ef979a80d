package vn.cchc.rollup.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.template.ReproducibleWorkbooks;
import vn.cchc.rollup.template.TemplateCsvWriter;
import vn.cchc.rollup.template.TemplateDocxWriter;
import vn.cchc.rollup.template.TemplateEntry;
import vn.cchc.rollup.template.TemplateFill;
import vn.cchc.rollup.template.TemplateSheetWriter;

/** Writes one agency's report in the product's template, filled in, as .xlsx, .xls, CSV or Word .docx. */
final class TemplateSampleWriter {

    private TemplateSampleWriter() {
    }

    static void write(Plan plan, SampleFile file, Path path) throws IOException {
        AgencyReport report = file.reports().get(0);
        Map<String, TemplateEntry> entries = new LinkedHashMap<>();
        for (SampleValue value : report.values()) {
            entries.put(value.indicator().code(), value.toEntry());
        }
        TemplateFill fill = new TemplateFill(file.periodText(), report.reportDate(), entries);
        switch (file.format()) {
            case XLSX -> {
                try (Workbook workbook = new XSSFWorkbook()) {
                    TemplateSheetWriter.write(workbook, plan, report.agency(), file.period(), fill);
                    ReproducibleWorkbooks.save(workbook, path);
                }
            }
            case XLS -> {
                try (Workbook workbook = new HSSFWorkbook()) {
                    TemplateSheetWriter.write(workbook, plan, report.agency(), file.period(), fill);
                    ReproducibleWorkbooks.save(workbook, path);
                }
            }
            case CSV -> TemplateCsvWriter.write(plan, report.agency(), file.period(), fill, path);
            case DOCX -> TemplateDocxWriter.write(plan, report.agency(), file.period(), fill, path);
        }
    }
}
