package vn.cchc.rollup.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.intake.ReasonCode;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.read.Layout;
import vn.cchc.rollup.read.ParsedReport;
import vn.cchc.rollup.read.ReportParser;

/** The Word report form, filled in Word as an agency would, reads back exactly, as the workbook does. */
class TemplateDocxRoundTripTest {

    private final Plan plan = PlanLoader.builtIn();

    @TempDir
    Path dir;

    @Test
    void filledWordFormReadsBackExactly() throws Exception {
        Agency agency = plan.findAgency("Sở Ngoại vụ").orElseThrow();
        Period period = Period.quarter(2026, 2);
        Path file = dir.resolve(TemplateDocxWriter.fileName(agency, period));
        TemplateDocxWriter.write(plan, agency, period, file);

        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            XWPFParagraph date = document.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith(TemplateLayout.LABEL_REPORT_DATE)).findFirst().orElseThrow();
            date.createRun().setText("06/07/2026");
            XWPFTable table = document.getTables().get(1);
            fill(table, "TTHC-05", "123", "150", null, "qua Cổng DVC");
            fill(table, "TTHC-06", null, null, "99", null);
            fill(table, "CDDH-04", null, null, "6", null);
            fill(table, "TCC-01", null, null, "Có", null);
            fill(table, "CQS-05", null, null, "Không", "đang chuyển đổi");
            try (OutputStream out = Files.newOutputStream(dir.resolve("da-dien.docx"))) {
                document.write(out);
            }
        }

        ParsedReport report = new ReportParser(plan).parse(dir.resolve("da-dien.docx"), "da-dien.docx");
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
        assertThat(report.facts()).allSatisfy(f -> assertThat(f.source().location()).startsWith("bảng 2, dòng "));
    }

    @Test
    void aFormFilledByTheWriterReadsAsTheWorkbookFormDoes() throws Exception {
        Agency agency = plan.findAgency("XA-DUCTHO").orElseThrow();
        Period period = Period.half(2026, 1);
        TemplateFill fill = new TemplateFill(null, LocalDate.of(2026, 7, 3), Map.of(
                "TTHC-05", TemplateEntry.ratio(new BigDecimal("45"), new BigDecimal("50"), null, "trực tuyến"),
                "TTHC-06", TemplateEntry.number(new BigDecimal("99.5"), null),
                "TCC-01", TemplateEntry.text("Có", null),
                "TTHC-07", TemplateEntry.text("khoảng 90", null)));
        Path docx = dir.resolve("mau.docx");
        Path xlsx = dir.resolve("mau.xlsx");
        TemplateDocxWriter.write(plan, agency, period, fill, docx);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            TemplateSheetWriter.write(workbook, plan, agency, period, fill);
            ReproducibleWorkbooks.save(workbook, xlsx);
        }

        ParsedReport word = new ReportParser(plan).parse(docx, "mau.docx");
        ParsedReport excel = new ReportParser(plan).parse(xlsx, "mau.xlsx");

        assertThat(word.facts()).hasSize(3);
        assertThat(word.reportDate()).isEqualTo(excel.reportDate()).isEqualTo(LocalDate.of(2026, 7, 3));
        assertThat(word.facts()).extracting(f -> f.agencyCode() + f.period().code() + f.indicatorCode() + f.numerator()
                        + f.denominator() + f.value() + f.note())
                .containsExactlyElementsOf(excel.facts().stream().map(f -> f.agencyCode() + f.period().code()
                        + f.indicatorCode() + f.numerator() + f.denominator() + f.value() + f.note()).toList());
        assertThat(word.rejects()).extracting(r -> r.reason() + " " + r.message())
                .containsExactlyElementsOf(excel.rejects().stream().map(r -> r.reason() + " " + r.message()).toList());
        // the same cell: the table starts at the workbook's row 12, column H is the 8th
        assertThat(excel.rejects()).extracting(r -> r.source().location()).containsExactly("Báo cáo!H26");
        assertThat(word.rejects()).extracting(r -> r.source().location()).containsExactly("bảng 2, dòng 15, cột 8");
    }

    @Test
    void blankWordFormIsReportedAsEmpty() throws Exception {
        Agency agency = plan.findAgency("XA-DUCTHO").orElseThrow();
        Path file = dir.resolve("trong.docx");
        TemplateDocxWriter.write(plan, agency, Period.half(2026, 1), file);
        ParsedReport report = new ReportParser(plan).parse(file, "trong.docx");
        assertThat(report.layout()).isEqualTo(Layout.TEMPLATE);
        assertThat(report.facts()).isEmpty();
        assertThat(report.rejects()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(ReasonCode.BAD_VALUE);
            assertThat(r.message()).contains("không có giá trị nào");
        });
    }

    @Test
    void sameFormSameBytes() throws Exception {
        Agency agency = plan.findAgency("SO-NOIVU").orElseThrow();
        Path first = dir.resolve("a.docx");
        Path second = dir.resolve("b.docx");
        TemplateDocxWriter.write(plan, agency, Period.quarter(2026, 1), first);
        Thread.sleep(1100);
        TemplateDocxWriter.write(plan, agency, Period.quarter(2026, 1), second);
        assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
    }

    private static void fill(XWPFTable table, String code, String numerator, String denominator, String value, String note) {
        for (XWPFTableRow row : table.getRows()) {
            if (row.getTableCells().size() > 1 && code.equals(row.getCell(TemplateLayout.COL_CODE - 1).getText())) {
                set(row, TemplateLayout.COL_NUMERATOR, numerator);
                set(row, TemplateLayout.COL_DENOMINATOR, denominator);
                set(row, TemplateLayout.COL_VALUE, value);
                set(row, TemplateLayout.COL_NOTE, note);
                return;
            }
        }
        throw new AssertionError(code + " not in the form");
    }

    private static void set(XWPFTableRow row, int column, String text) {
        if (text != null) {
            XWPFTableCell cell = row.getCell(column - 1);
            cell.setText(text);
        }
    }

    private static String plain(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }

}
