package vn.cchc.rollup.template;

import static vn.cchc.rollup.template.TemplateLayout.*;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.normalize.Period;

/**
 * Writes the report form as a Word document (.docx), for agencies that report in Word: the
 * letterhead as a two-column borderless table, the title, the labelled lines (agency code and name,
 * period, report date), then the indicator table with unit and target and its input cells shaded,
 * as the workbook has them. The reader finds in it exactly what it finds in the workbook.
 */
public final class TemplateDocxWriter {

    private static final String FONT = "Times New Roman";
    private static final int SIZE = 12;
    private static final String INPUT_SHADE = "FFF2CC";
    private static final String HEADER_SHADE = "D9E2F3";

    private TemplateDocxWriter() {
    }

    /** "Mau-bao-cao-SO-NOIVU-2026-Q1.docx". */
    public static String fileName(Agency agency, Period period) {
        return TemplateWriter.fileName(agency, period).replaceFirst("\\.xlsx$", ".docx");
    }

    public static void write(Plan plan, Agency agency, Period period, Path file) throws IOException {
        write(plan, agency, period, TemplateFill.blank(), file);
    }

    public static void write(Plan plan, Agency agency, Period period, TemplateFill fill, Path file) throws IOException {
        List<TemplateLine> lines = TemplateContent.lines(plan, agency, period, fill);
        try (XWPFDocument document = new XWPFDocument()) {
            letterhead(document, lines);
            XWPFTable table = null;
            for (TemplateLine line : lines) {
                switch (line.role()) {
                    case LETTERHEAD -> {
                    }
                    case TITLE -> paragraph(document, text(line.cell(1)), true, ParagraphAlignment.CENTER);
                    case LABEL, REPORT_DATE -> paragraph(document,
                            text(line.cell(LABEL_COLUMN)) + " " + text(line.cell(LABEL_VALUE_COLUMN)), false, ParagraphAlignment.LEFT);
                    case HEADER -> table = header(document, line);
                    case AREA -> row(table, line, false, true);
                    case INDICATOR -> row(table, line, true, false);
                    case INSTRUCTION -> paragraph(document, text(line.cell(1)), false, ParagraphAlignment.LEFT);
                }
            }
            ReproducibleWorkbooks.save(document, file);
        }
    }

    /** The letterhead lines' left cells (committee, agency) and right cells (motto, place and date) side by side. */
    private static void letterhead(XWPFDocument document, List<TemplateLine> lines) {
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (TemplateLine line : lines) {
            if (line.role() == LineRole.LETTERHEAD) {
                addIfAny(left, line.cell(1));
                addIfAny(right, line.cell(MOTTO_COLUMN));
            }
        }
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        fill(table.getRow(0).getCell(0), left, true, ParagraphAlignment.CENTER);
        fill(table.getRow(0).getCell(1), right, true, ParagraphAlignment.CENTER);
    }

    private static XWPFTable header(XWPFDocument document, TemplateLine line) {
        XWPFTable table = document.createTable(1, COLUMN_COUNT);
        table.setWidth("100%");
        XWPFTableRow row = table.getRow(0);
        for (int c = 1; c <= COLUMN_COUNT; c++) {
            XWPFTableCell cell = row.getCell(c - 1);
            fill(cell, List.of(text(line.cell(c))), true, ParagraphAlignment.CENTER);
            cell.setColor(HEADER_SHADE);
        }
        row.setRepeatHeader(true);
        return table;
    }

    private static void row(XWPFTable table, TemplateLine line, boolean inputs, boolean bold) {
        XWPFTableRow row = table.createRow();
        for (int c = 1; c <= COLUMN_COUNT; c++) {
            XWPFTableCell cell = row.getCell(c - 1);
            String text = text(line.cell(c));
            fill(cell, text.isEmpty() ? List.of() : List.of(text), bold, c == COL_NAME ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
            if (inputs && c >= COL_NUMERATOR) {
                cell.setColor(INPUT_SHADE);
            }
        }
        if (!inputs) {
            // an area heading spans the columns after STT and code
            XWPFTableCell name = row.getCell(COL_NAME - 1);
            name.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(COLUMN_COUNT - COL_NAME + 1));
            for (int c = COLUMN_COUNT; c > COL_NAME; c--) {
                row.removeCell(c - 1);
            }
        }
    }

    private static void fill(XWPFTableCell cell, List<String> paragraphs, boolean bold, ParagraphAlignment alignment) {
        for (int i = 0; i < paragraphs.size(); i++) {
            XWPFParagraph paragraph = i < cell.getParagraphs().size() ? cell.getParagraphs().get(i) : cell.addParagraph();
            paragraph.setAlignment(alignment);
            run(paragraph, paragraphs.get(i), bold);
        }
    }

    private static void paragraph(XWPFDocument document, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        run(paragraph, text, bold);
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(SIZE);
        run.setBold(bold);
        run.setText(text);
    }

    private static void addIfAny(List<String> lines, Object value) {
        String text = text(value);
        if (!text.isEmpty()) {
            lines.add(text);
        }
    }

    private static String text(Object value) {
        return TemplateCsvWriter.text(value);
    }
}
