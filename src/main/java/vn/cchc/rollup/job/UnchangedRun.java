package vn.cchc.rollup.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import vn.cchc.rollup.intake.ReportFolder;
import vn.cchc.rollup.ops.Fingerprint;

/**
 * Recognises a run that would change nothing, before Spring starts (about 3 s): a stamp of what a
 * run's outputs depend on (the reports folder's listing with sizes and modification times, the plan
 * files' contents, the day, for the days overdue, the program itself, the request) and of the output
 * folder as the run left it, kept in the data folder after a completed run. The next run with the
 * same stamp only prints the last run's summary.
 * <p>
 * Correctness never depends on it: the stamp is removed before any run starts, written only after a
 * run completed with no file left waiting, and any doubt (a file modified in the last minutes, an
 * output file touched, a database server, a stamp unreadable) means a normal run, which reads only
 * new and changed files and rewrites only outputs whose bytes differ.
 */
final class UnchangedRun {

    static final String FILE = "last-run.stamp";
    /** A file this recent may still be in the middle of a copy: doubt. */
    private static final Duration RECENT = Duration.ofMinutes(2);

    private UnchangedRun() {
    }

    /** The inputs of a run about to start, listed before it starts: a file changed during the run makes the next one differ. */
    record Inputs(String digest, int files, boolean settled) {
    }

    /** The summary of the last run when nothing changed since it; empty: run the job. */
    static Optional<RunSummary> check(RunRequest request, Instant now) {
        if (!request.springArgs().isEmpty()) {
            return Optional.empty();
        }
        Path stampFile = request.data().resolve(FILE);
        try {
            if (!Files.isRegularFile(stampFile)) {
                return Optional.empty();
            }
            Properties stamp = new Properties();
            try (InputStream in = Files.newInputStream(stampFile)) {
                stamp.load(in);
            }
            Inputs inputs = inputs(request, now);
            if (!inputs.settled() || !inputs.digest().equals(stamp.getProperty("inputs"))
                    || !outputs(request.output()).equals(stamp.getProperty("outputs"))) {
                return Optional.empty();
            }
            IntakeCounts intake = new IntakeCounts(inputs.files(), 0, 0, inputs.files(), 0, 0);
            return Optional.of(new RunSummary(intake, Long.parseLong(stamp.getProperty("facts")),
                    Long.parseLong(stamp.getProperty("rejects")), Integer.parseInt(stamp.getProperty("rejectedFiles")),
                    stamp.getProperty("periods", ""), request.output()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Before a run: no stamp may outlive the outputs it describes. */
    static void forget(Path data) throws IOException {
        Files.deleteIfExists(data.resolve(FILE));
    }

    /**
     * After a completed run: the stamp of the inputs listed before it started and of the outputs it
     * left, when nothing was left waiting and the run was on the data folder's own database.
     */
    static void record(RunRequest request, Inputs inputs, RunSummary summary) throws IOException {
        if (!request.springArgs().isEmpty() || !inputs.settled() || summary.intake() == null
                || summary.intake().waiting() > 0 || summary.intake().found() != inputs.files()) {
            return;
        }
        Properties stamp = new Properties();
        stamp.setProperty("inputs", inputs.digest());
        stamp.setProperty("outputs", outputs(request.output()));
        stamp.setProperty("facts", String.valueOf(summary.facts()));
        stamp.setProperty("rejects", String.valueOf(summary.rejects()));
        stamp.setProperty("rejectedFiles", String.valueOf(summary.rejectedFiles()));
        stamp.setProperty("periods", summary.periods());
        Path temp = Files.createTempFile(request.data(), FILE, ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                stamp.store(out, "cchc-rollup: what the last completed run read and wrote");
            }
            Files.move(temp, request.data().resolve(FILE), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The digest of the inputs as they are {@code now}; not settled when a report file is very recent. */
    static Inputs inputs(RunRequest request, Instant now) {
        Fingerprint digest = new Fingerprint();
        digest.line("program", Fingerprint.program());
        digest.line("request", request.input(), request.output(), request.periods(), request.quietPeriod());
        digest.line("day", RunParameters.runDay());
        ReportFolder reports = new ReportFolder(request.input().resolve("reports"));
        List<Path> files = reports.files();
        boolean settled = true;
        for (Path file : files) {
            BasicFileAttributes attributes = Fingerprint.attributes(file);
            Instant modified = attributes.lastModifiedTime().toInstant();
            settled &= modified.isBefore(now.minus(RECENT));
            digest.line("report", reports.relative(file), attributes.size(), modified.toEpochMilli());
        }
        digest.line("plans", Fingerprint.contents(request.input().resolve("plans")));
        return new Inputs(digest.hex(), files.size(), settled);
    }

    /** Every file of the output folder with its size and modification time. */
    private static String outputs(Path output) {
        Fingerprint digest = new Fingerprint();
        for (Path file : Fingerprint.regularFiles(output)) {
            BasicFileAttributes attributes = Fingerprint.attributes(file);
            digest.line(output.relativize(file), attributes.size(), attributes.lastModifiedTime().toMillis());
        }
        return digest.hex();
    }
}
