package vn.cchc.rollup.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.cchc.rollup.validate.Warning;

/** The accepted values flagged by a warning rule, for analysts to confirm with the agency. */
public final class WarningsCsv {

    public static final List<String> HEADER = List.of("source_file", "source_location", "rule_code", "message");

    private WarningsCsv() {
    }

    public static void write(List<Warning> warnings, Path file) throws IOException {
        Csv.write(file, HEADER, printer -> {
            for (Warning warning : warnings) {
                printer.printRecord(
                        Csv.text(warning.source().file()),
                        Csv.text(warning.source().location()),
                        warning.rule().name(),
                        Csv.text(warning.message()));
            }
        });
    }
}
