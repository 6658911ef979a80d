package vn.cchc.rollup.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.cchc.rollup.intake.Reject;

/** The rejected files and rows of a run, for analysts to fix at the source. */
public final class RejectsCsv {

    public static final List<String> HEADER = List.of("source_file", "source_location", "reason_code", "message");

    private RejectsCsv() {
    }

    public static void write(List<Reject> rejects, Path file) throws IOException {
        Csv.write(file, HEADER, printer -> {
            for (Reject reject : rejects) {
                printer.printRecord(
                        Csv.text(reject.source() == null ? "" : reject.source().file()),
                        Csv.text(reject.source() == null ? "" : reject.source().location()),
                        reject.reason().name(),
                        Csv.text(reject.message()));
            }
        });
    }
}
