package vn.cchc.rollup.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.cchc.rollup.intake.FileFingerprint;
import vn.cchc.rollup.read.ParsedReport;

class ParsedFileReaderTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(3);

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }

    private static List<FileFingerprint> files(long... sizes) {
        List<FileFingerprint> files = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            files.add(new FileFingerprint("xa-" + i + ".xlsx", "sha" + i, sizes[i], Instant.EPOCH));
        }
        return files;
    }

    private static ParsedFile parsed(FileFingerprint file) {
        return new ParsedFile(file, new ParsedReport(file.relative(), null, null, List.of(), List.of()), List.of());
    }

    /** A parse that takes longer for the earlier files, and counts the parses running at once. */
    private static final class SlowParse implements Function<FileFingerprint, ParsedFile> {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final AtomicInteger started = new AtomicInteger();

        @Override
        public ParsedFile apply(FileFingerprint file) {
            started.incrementAndGet();
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(file.relative().endsWith("-0.xlsx") ? 60 : 5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return parsed(file);
        }
    }

    @Test
    void filesComeInTheirOrderWhateverTheOrderTheirParsesEnd() {
        List<FileFingerprint> files = files(10, 10, 10, 10, 10, 10, 10);
        ParsedFileReader reader = new ParsedFileReader(files, new SlowParse(), pool, 3, 1_000);
        List<FileFingerprint> read = new ArrayList<>();
        for (ParsedFile parsed = reader.read(); parsed != null; parsed = reader.read()) {
            read.add(parsed.file());
        }
        assertThat(read).isEqualTo(files);
        assertThat(reader.read()).isNull();
    }

    @Test
    void noMoreThanTheFilesAheadAreParsedAtOnce() throws InterruptedException {
        SlowParse parse = new SlowParse();
        ParsedFileReader reader = new ParsedFileReader(files(10, 10, 10, 10, 10, 10), parse, pool, 2, 1_000);
        reader.read();
        // the first file read, one more asked for: two ahead at most, on a pool of three threads
        Thread.sleep(50);
        assertThat(parse.started.get()).isEqualTo(3);
        while (reader.read() != null) {
            assertThat(parse.started.get()).isLessThanOrEqualTo(6);
        }
        assertThat(parse.mostAtOnce.get()).isLessThanOrEqualTo(2);
    }

    @Test
    void theBytesAheadAreBoundedButALargeFileIsStillParsedAlone() throws InterruptedException {
        SlowParse parse = new SlowParse();
        ParsedFileReader reader = new ParsedFileReader(files(40, 40, 500, 10), parse, pool, 10, 100);
        assertThat(reader.read().file().relative()).isEqualTo("xa-0.xlsx");
        Thread.sleep(30);
        // 40 + 500 is over the bound: the large file waits until the one before it is read
        assertThat(parse.started.get()).isEqualTo(2);
        assertThat(reader.read().file().relative()).isEqualTo("xa-1.xlsx");
        assertThat(reader.read().file().relative()).isEqualTo("xa-2.xlsx");
        assertThat(reader.read().file().relative()).isEqualTo("xa-3.xlsx");
        assertThat(reader.read()).isNull();
    }

    @Test
    void aFailureOfTheParserFailsTheReadOfThatFile() {
        ParsedFileReader reader = new ParsedFileReader(files(10, 10), file -> {
            if (file.relative().equals("xa-1.xlsx")) {
                throw new IllegalStateException("parser bug on " + file.relative());
            }
            return parsed(file);
        }, pool, 4, 1_000);
        assertThat(reader.read().file().relative()).isEqualTo("xa-0.xlsx");
        assertThatThrownBy(reader::read).isInstanceOf(IllegalStateException.class).hasMessageContaining("xa-1.xlsx");
    }

    @Test
    void closingEarlyLeavesTheFilesNotYetStartedUnparsed() throws InterruptedException {
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            SlowParse parse = new SlowParse();
            ParsedFileReader reader = new ParsedFileReader(files(10, 10, 10, 10, 10, 10, 10, 10), parse, one, 8, 1_000);
            reader.read();
            reader.close();
            one.shutdown();
            assertThat(one.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
            // the first file, and at most the one running when the reader closed
            assertThat(parse.started.get()).isLessThanOrEqualTo(2);
            assertThat(reader.read()).isNull();
        } finally {
            one.shutdownNow();
        }
    }
}
