package vn.cchc.rollup.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
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
import vn.cchc.rollup.read.Layout;
import vn.cchc.rollup.read.ParsedReport;
import vn.cchc.rollup.read.ReportParser;

/** A template filled in as an agency would fill it reads back exactly, with nothing rejected. */
class TemplateRoundTripTest {

    private final Plan plan = PlanLoader.builtIn();

    @TempDir
    Path dir;

    @Test
    void filledTemplateReadsBackExactly() throws Exception {
        Agency agency = plan.findAgency("Sở Ngoại vụ").orElseThrow();
        Period period = Period.quarter(2026, 2);
        Path file = dir.resolve(TemplateWriter.fileName(agency, period));
        TemplateWriter.write(plan, agency, period, file);

        try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(file))) {
            Sheet sheet = workbook.getSheet(TemplateLayout.SHEET_NAME);
            Cell date = sheet.getRow(TemplateLayout.REPORT_DATE_ROW - 1).getCell(TemplateLayout.LABEL_VALUE_COLUMN - 1);
            date.setCellValue(LocalDate.of(2026, 7, 6));
            fill(sheet, "TTHC-05", 123, 150, null, "qua Cổng DVC");
            fill(sheet, "TTHC-06", null, null, 99.0, null);
            fill(sheet, "CDDH-04", null, null, 6, null);
            fill(sheet, "TCC-01", null, null, "Có", null);
            fill(sheet, "CQS-05", null, null, "Không", "đang chuyển đổi");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        ParsedReport report = new ReportParser(plan).parse(file, file.getFileName().toString());
        assertThat(report.rejects()).isEmpty();
        assertThat(report.layout()).isEqualTo(Layout.TEMPLATE);
        assertThat(report.reportDate()).isEqualTo(LocalDate.of(2026, 7, 6));
        assertThat(report.facts()).extracting(f -> String.join("|", f.agencyCode(), f.period().code(), f.indicatorCode(),
                        plain(f.numerator()), plain(f.denominator()), plain(f.value()), f.note()))
                .containsExactlyInAnyOrder(
                        "SO-NGOAIVU|2026-Q2|TTHC-05|123|150|82|qua Cổng DVC",
                        "SO-NGOAIVU|2026-Q2|TTHC-06|||99|",
                        "SO-NGOAIVU|2026-Q2|CDDH-04|||6|",
                        "SO-NGOAIVU|2026-Q2|TCC-01|||1|",
                        "SO-NGOAIVU|2026-Q2|CQS-05|||0|đang chuyển đổi");
        assertThat(report.facts()).allSatisfy(f -> assertThat(f.source().location()).startsWith("Báo cáo!"));
    }

    @Test
    void blankTemplateIsReportedAsEmpty() throws Exception {
        Agency agency = plan.findAgency("XA-DUCTHO").orElseThrow();
        Path file = dir.resolve("trong.xlsx");
        TemplateWriter.write(plan, agency, Period.half(2026, 1), file);
        ParsedReport report = new ReportParser(plan).parse(file, "trong.xlsx");
        assertThat(report.layout()).isEqualTo(Layout.TEMPLATE);
        assertThat(report.facts()).isEmpty();
        assertThat(report.rejects()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(vn.cchc.rollup.intake.ReasonCode.BAD_VALUE);
            assertThat(r.message()).contains("không có giá trị nào");
        });
    }

    private static void fill(Sheet sheet, String code, Object numerator, Object denominator, Object value, String note) {
        for (Row row : sheet) {
            Cell codeCell = row.getCell(TemplateLayout.COL_CODE - 1);
            if (codeCell != null && code.equals(codeCell.getStringCellValue())) {
                set(row, TemplateLayout.COL_NUMERATOR, numerator);
                set(row, TemplateLayout.COL_DENOMINATOR, denominator);
                set(row, TemplateLayout.COL_VALUE, value);
                set(row, TemplateLayout.COL_NOTE, note);
                return;
            }
        }
        throw new AssertionError(code + " not in the template");
    }

    private static void set(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.getCell(column - 1) == null ? row.createCell(column - 1) : row.getCell(column - 1);
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private static String plain(java.math.BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }
}
