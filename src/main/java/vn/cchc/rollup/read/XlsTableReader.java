package vn.cchc.rollup.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;

/**
 * Reads legacy {@code .xls} (BIFF8) workbooks with POI's user model. The format has no streaming
 * user model, but such files are small (65,536 rows at most).
 */
public final class XlsTableReader implements TableReader {

    @Override
    public void read(Path file, RowVisitor visitor) throws UnreadableFileException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry(Ole2Files.ENCRYPTION_INFO)) {
                throw ReadFailures.of(ReadFailures.PASSWORD_PROTECTED, null);
            }
            try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
                readWorkbook(workbook, new GuardedVisitor(visitor));
            }
        } catch (GuardedVisitor.VisitorFailure failure) {
            throw GuardedVisitor.rethrow(failure);
        } catch (EncryptedDocumentException e) {
            throw ReadFailures.of(ReadFailures.PASSWORD_PROTECTED, e);
        } catch (OldExcelFormatException e) {
            throw ReadFailures.of(ReadFailures.OLD_EXCEL, e);
        } catch (org.apache.poi.poifs.filesystem.NotOLE2FileException
                 | org.apache.poi.poifs.filesystem.OfficeXmlFileException e) {
            throw ReadFailures.of(ReadFailures.NOT_XLS, e);
        } catch (IOException | RuntimeException e) {
            throw ReadFailures.of(ReadFailures.CORRUPT_EXCEL, e);
        }
    }

    private void readWorkbook(HSSFWorkbook workbook, RowVisitor visitor) {
        Map<Short, ExcelCellStyle> styles = new HashMap<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            HSSFSheet sheet = workbook.getSheetAt(i);
            boolean hidden = workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i);
            if (visitor.startSheet(sheet.getSheetName(), hidden)) {
                for (Row row : sheet) {
                    List<RawCell> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        RawCell raw = toCell((HSSFCell) cell, styles, workbook);
                        if (raw != null && !raw.text().isBlank()) {
                            cells.add(raw);
                        }
                    }
                    if (!cells.isEmpty()) {
                        visitor.row(new RawRow(sheet.getSheetName(), row.getRowNum(), ((HSSFRow) row).getZeroHeight(), cells));
                    }
                }
            }
            visitor.endSheet();
        }
    }

    private static RawCell toCell(HSSFCell cell, Map<Short, ExcelCellStyle> styles, HSSFWorkbook workbook) {
        HSSFCellStyle cellStyle = cell.getCellStyle();
        ExcelCellStyle style = styles.computeIfAbsent(cellStyle.getIndex(), index -> ExcelCellStyle.of(
                cellStyle.getDataFormat() & 0xFFFF, cellStyle.getDataFormatString(),
                cellStyle.getFont(workbook).getFontName()));
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        int column = cell.getColumnIndex();
        return switch (type) {
            case STRING -> ExcelCells.string(column, cell.getRichStringCellValue().getString(), style);
            case NUMERIC -> ExcelCells.number(column, new BigDecimal(Double.toString(cell.getNumericCellValue())),
                    style, workbook.getInternalWorkbook().isUsing1904DateWindowing());
            case BOOLEAN -> ExcelCells.bool(column, cell.getBooleanCellValue(), style);
            case ERROR -> ExcelCells.error(column, errorText(cell), style);
            default -> null;
        };
    }

    private static String errorText(HSSFCell cell) {
        byte code = cell.getCellType() == CellType.FORMULA
                ? (byte) cell.getErrorCellValue() : cell.getErrorCellValue();
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#N/A";
        }
    }
}
