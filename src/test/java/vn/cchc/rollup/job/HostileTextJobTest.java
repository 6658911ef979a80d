package vn.cchc.rollup.job;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.rollup.testing.GridFiles.row;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.cli.Cli;
import vn.cchc.rollup.testing.GridFiles;

/**
 * Text that Excel would run as a formula ({@code =HYPERLINK(…)}, {@code +}, {@code -}, {@code @})
 * goes through the whole job; no output workbook has a formula cell made from it and every CSV
 * export escapes it.
 */
class HostileTextJobTest {

    private static final List<String> HOSTILE = List.of(
            "=HYPERLINK(\"http://evil.example\",\"bấm vào\")", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    @TempDir
    Path root;

    @Test
    void noOutputCellIsAFormulaFromInputText() throws Exception {
        Path reports = Files.createDirectories(root.resolve("input/reports"));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Đơn vị", "Kỳ báo cáo", "Mã chỉ tiêu", "Tử số", "Mẫu số", "Giá trị", "Ghi chú"));
        rows.add(row("Sở Nội vụ", "Quý I/2026", "TTHC-05", 45, 50, null, HOSTILE.get(0)));
        rows.add(row("Sở Nội vụ", "Quý I/2026", "CDDH-04", null, null, 7, HOSTILE.get(1)));
        rows.add(row(HOSTILE.get(0), "Quý I/2026", "TCC-01", null, null, "Có", null));         // unknown agency
        rows.add(row("Sở Nội vụ", HOSTILE.get(2), "TCC-01", null, null, "Có", null));          // unknown period
        rows.add(row("Sở Nội vụ", "Quý I/2026", HOSTILE.get(3), null, null, 5, null));         // unknown indicator
        rows.add(row("Sở Nội vụ", "Quý I/2026", "TCBM-01", null, null, HOSTILE.get(1), null)); // bad yes/no
        GridFiles.write(reports.resolve("=cmd.xlsx"), "Báo cáo", rows);
        GridFiles.write(reports.resolve("@xa.csv"), null, rows);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Cli.run(List.of("run", "--input", root.resolve("input").toString(),
                        "--output", root.resolve("output").toString(), "--data", root.resolve("data").toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isZero();

        List<Path> workbooks = outputs(".xlsx");
        List<Path> csvs = outputs(".csv");
        assertThat(workbooks).isNotEmpty();
        assertThat(csvs).extracting(p -> p.getFileName().toString()).contains("rejects.csv");
        int hostileSeen = 0;
        int escaped = 0;
        for (Path workbook : workbooks) {
            try (Workbook book = WorkbookFactory.create(workbook.toFile(), null, true)) {
                for (Sheet sheet : book) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            assertThat(cell.getCellType()).as(workbook + " " + sheet.getSheetName() + "!" + cell.getAddress())
                                    .isNotEqualTo(CellType.FORMULA);
                            if (cell.getCellType() == CellType.STRING && containsHostile(cell.getStringCellValue())) {
                                hostileSeen++;
                            }
                        }
                    }
                }
            }
        }
        for (Path csv : csvs) {
            try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                for (CSVRecord record : CSVFormat.DEFAULT.parse(reader)) {
                    for (String field : record) {
                        String value = field.startsWith("\uFEFF") ? field.substring(1) : field;
                        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
                            assertThat(value).as(csv + ": a field starts like a formula").matches(NUMBER);
                        }
                        if (containsHostile(value)) {
                            hostileSeen++;
                        }
                        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
                            escaped++;
                        }
                    }
                }
            }
        }
        // the hostile text did reach the outputs (as escaped text), so the checks above had something to check
        assertThat(hostileSeen).isGreaterThan(3);
        // notes and file names starting with = + - @ were written, escaped with a leading apostrophe
        assertThat(escaped).isGreaterThan(2);
    }

    private static boolean containsHostile(String text) {
        return text.contains("HYPERLINK") || text.contains("cmd|");
    }

    private List<Path> outputs(String extension) throws Exception {
        try (Stream<Path> files = Files.walk(root.resolve("output"))) {
            return files.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }
}
