package vn.cchc.rollup.job;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import vn.cchc.rollup.intake.FileFingerprint;

/**
 * Reads the pending files, parsed, in their order. Files are parsed ahead of the step's thread on
 * a thread per core, up to {@code filesAhead} files and {@code bytesAhead} bytes of files (at least
 * one), so that parsing goes on while the step's thread stores a chunk: with the chunk's files
 * parsed together and then written, both cores waited for every write.
 * <p>
 * Parsing has no effect but its result: what a run stopped or killed had parsed ahead and not
 * stored is read again by the next run, as before.
 */
class ParsedFileReader implements ItemStreamReader<ParsedFile> {

    private final List<FileFingerprint> files;
    private final Function<FileFingerprint, ParsedFile> parse;
    private final Executor executor;
    private final int filesAhead;
    private final long bytesAhead;
    private final Deque<Ahead> ahead = new ArrayDeque<>();
    private int next;
    private long bytesInFlight;

    private record Ahead(FileFingerprint file, CompletableFuture<ParsedFile> parsed) {
    }

    ParsedFileReader(List<FileFingerprint> files, Function<FileFingerprint, ParsedFile> parse, Executor executor,
            int filesAhead, long bytesAhead) {
        this.files = List.copyOf(files);
        this.parse = parse;
        this.executor = executor;
        this.filesAhead = Math.max(1, filesAhead);
        this.bytesAhead = bytesAhead;
    }

    @Override
    public ParsedFile read() {
        startParsing();
        Ahead first = ahead.poll();
        if (first == null) {
            return null;
        }
        bytesInFlight -= first.file().size();
        try {
            ParsedFile parsed = first.parsed().join();
            startParsing();
            return parsed;
        } catch (CompletionException e) {
            // the parser turns a bad file into rejects: what comes here is a failure of the program
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private void startParsing() {
        while (next < files.size() && ahead.size() < filesAhead
                && (ahead.isEmpty() || bytesInFlight + files.get(next).size() <= bytesAhead)) {
            FileFingerprint file = files.get(next++);
            bytesInFlight += file.size();
            ahead.add(new Ahead(file, CompletableFuture.supplyAsync(() -> parse.apply(file), executor)));
        }
    }

    @Override
    public void open(ExecutionContext executionContext) {
    }

    @Override
    public void update(ExecutionContext executionContext) {
    }

    /** A step that ends early (stopped, failed) leaves nothing parsing: files not yet started are dropped. */
    @Override
    public void close() {
        ahead.forEach(a -> a.parsed().cancel(false));
        ahead.clear();
        bytesInFlight = 0;
        next = files.size();
    }
}
