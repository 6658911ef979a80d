package vn.cchc.rollup.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * What an output folder says, for comparing two runs: the CSVs as text, every workbook cell as
 * displayed, except the "Nhật ký" sheet, which names the run and so differs by design.
 */
record OutputSnapshot(Map<String, String> entries) {

    static OutputSnapshot of(Path output) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = output.relativize(file).toString().replace('\\', '/');
                if (name.endsWith(".csv")) {
                    entries.put(name, Files.readString(file));
                } else if (name.endsWith(".xlsx")) {
                    entries.put(name, cells(file));
                } else {
                    entries.put(name, "(" + Files.size(file) + " bytes)");
                }
            }
        }
        return new OutputSnapshot(entries);
    }

    private static String cells(Path file) throws IOException {
        DataFormatter formatter = new DataFormatter();
        List<String> lines = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                if (sheet.getSheetName().equals("Nhật ký")) {
                    continue;
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        lines.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + formatter.formatCellValue(cell));
                    }
                }
            }
        }
        return String.join("\n", lines);
    }
}
