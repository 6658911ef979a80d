package vn.cchc.rollup.read.layouts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Shorthand for typing cells into a POI sheet by their A1 address, as a clerk does, for the hand-made
 * files of {@link ClerkFilesTest}. Values: a String, a Number, a {@link Percent} (fraction shown as %),
 * a {@link Formula}.
 */
final class ClerkSheet {

    record Percent(double fraction) {
    }

    record Formula(String formula) {
    }

    private final Workbook workbook;
    private final Sheet sheet;
    private CellStyle percent;
    private CellStyle wrap;

    ClerkSheet(Workbook workbook, String name) {
        this.workbook = workbook;
        this.sheet = workbook.createSheet(name);
    }

    Sheet sheet() {
        return sheet;
    }

    /** Values typed left to right from {@code first} ("B7"); null leaves a cell empty. */
    ClerkSheet put(String first, Object... values) {
        CellReference start = new CellReference(first);
        Row row = sheet.getRow(start.getRow()) == null ? sheet.createRow(start.getRow()) : sheet.getRow(start.getRow());
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(start.getCol() + i);
            if (value instanceof String text) {
                cell.setCellValue(text);
                if (text.contains("\n")) {
                    cell.setCellStyle(wrap());
                }
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Percent p) {
                cell.setCellValue(p.fraction());
                cell.setCellStyle(percent());
            } else if (value instanceof Formula f) {
                cell.setCellFormula(f.formula());
            } else {
                throw new IllegalArgumentException("cannot type " + value);
            }
        }
        return this;
    }

    ClerkSheet merge(String range) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(range));
        return this;
    }

    ClerkSheet hide(String column) {
        sheet.setColumnHidden(CellReference.convertColStringToIndex(column), true);
        return this;
    }

    private CellStyle percent() {
        if (percent == null) {
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        }
        return percent;
    }

    private CellStyle wrap() {
        if (wrap == null) {
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
        }
        return wrap;
    }

    /** Computes formulas (so the file carries cached values, as Excel saves it) and writes the workbook. */
    static Path save(Workbook workbook, Path file) throws IOException {
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
        return file;
    }
}
