package vn.cchc.rollup.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.read.ParsedReport;
import vn.cchc.rollup.read.ReportParser;
import vn.cchc.rollup.task.PlanExtras;
import vn.cchc.rollup.task.PlanTask;
import vn.cchc.rollup.task.TaskReportFile;
import vn.cchc.rollup.task.TaskReportReader;

/** The template's "Nhiệm vụ" sheet lists the agency's plan tasks; filled in, it reads back as task reports. */
class TaskSheetRoundTripTest {

    private final Plan plan = PlanLoader.builtIn();
    private final List<PlanTask> shipped = PlanExtras.load(Path.of("input/plans")).tasks().tasks();

    @TempDir
    Path dir;

    @Test
    void filledTaskSheetReadsBackAsTaskReports() throws Exception {
        Agency agency = plan.findAgency("SO-NGOAIVU").orElseThrow();
        Period period = Period.quarter(2026, 1);
        List<PlanTask> tasks = shipped.stream().filter(t -> t.assignee().equals(agency.code())).toList();
        assertThat(tasks).hasSize(44);
        Path file = dir.resolve(TemplateWriter.fileName(agency, period));
        TemplateWriter.write(plan, agency, period, tasks, file);

        try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(file))) {
            Sheet sheet = workbook.getSheet(TaskSheetWriter.SHEET_NAME);
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.getDataValidations()).hasSize(2);
            Row first = sheet.getRow(TaskSheetWriter.HEADER_ROW);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo(tasks.get(0).code());
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo(tasks.get(0).deadline().written());
            assertThat(first.getCell(TaskSheetWriter.STATUS_COLUMN).getCellStyle().getLocked()).isFalse();
            assertThat(first.getCell(2).getCellStyle().getLocked()).isTrue();

            first.getCell(TaskSheetWriter.STATUS_COLUMN).setCellValue("Hoàn thành");
            first.getCell(TaskSheetWriter.DATE_COLUMN).setCellValue(LocalDate.of(2026, 1, 15));
            first.getCell(TaskSheetWriter.EVIDENCE_COLUMN).setCellValue("Kế hoạch số 05/KH-SNgV ngày 15/01/2026");
            sheet.getRow(TaskSheetWriter.HEADER_ROW + 9).getCell(TaskSheetWriter.STATUS_COLUMN).setCellValue("Đang thực hiện");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        // the indicator parser leaves the task sheet alone
        ParsedReport indicators = new ReportParser(plan).parse(file, file.getFileName().toString());
        assertThat(indicators.rejects()).extracting(r -> r.source().location()).noneMatch(l -> l.startsWith("Nhiệm vụ"));

        TaskReportFile read = new TaskReportReader(plan).read(file, file.getFileName().toString());
        assertThat(read.rejects()).isEmpty();
        assertThat(read.reports()).extracting(r -> String.join(" | ", r.agencyCode(), r.period().code(), r.taskCode(),
                        r.progress().name(), String.valueOf(r.completedOn()), String.valueOf(r.evidence()), r.source().location()))
                .containsExactly(
                        "SO-NGOAIVU | 2026-Q1 | " + tasks.get(0).code() + " | DONE | 2026-01-15 | Kế hoạch số 05/KH-SNgV ngày 15/01/2026 | Nhiệm vụ!B7",
                        "SO-NGOAIVU | 2026-Q1 | " + tasks.get(9).code() + " | IN_PROGRESS | null |  | Nhiệm vụ!B16");
    }

    @Test
    void anAgencyWithoutTasksGetsNoTaskSheet() throws Exception {
        Agency agency = plan.findAgency("SO-NOIVU").orElseThrow();
        Path file = dir.resolve("noi-vu.xlsx");
        TemplateWriter.write(plan, agency, Period.quarter(2026, 1), List.of(), file);
        try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(file))) {
            assertThat(workbook.getSheet(TaskSheetWriter.SHEET_NAME)).isNull();
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
        }
    }
}
