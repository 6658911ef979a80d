package vn.cchc.rollup.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.task.PlanTask;

/** Writes the product's blank report workbook (.xlsx) that agencies fill in. */
public final class TemplateWriter {

    private TemplateWriter() {
    }

    public static void write(Plan plan, Agency agency, Period period, Path file) throws IOException {
        write(plan, agency, period, List.of(), file);
    }

    /** With a "Nhiệm vụ" sheet listing {@code tasks}, the agency's plan tasks (none: no such sheet). */
    public static void write(Plan plan, Agency agency, Period period, List<PlanTask> tasks, Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            TemplateSheetWriter.write(workbook, plan, agency, period, TemplateFill.blank());
            TaskSheetWriter.write(workbook, agency, period, tasks);
            ReproducibleWorkbooks.save(workbook, file);
        }
    }

    /** One blank template per agency of the plan into {@code folder}; returns the files written. */
    public static List<Path> writeAll(Plan plan, Period period, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (Agency agency : plan.agencies()) {
            Path file = folder.resolve(fileName(agency, period));
            write(plan, agency, period, file);
            files.add(file);
        }
        return files;
    }

    /** "Mau-bao-cao-SO-NOIVU-2026-Q1.xlsx". */
    public static String fileName(Agency agency, Period period) {
        return "Mau-bao-cao-" + agency.code() + "-" + period.code() + ".xlsx";
    }
}
