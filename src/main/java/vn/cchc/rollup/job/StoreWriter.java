package vn.cchc.rollup.job;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import vn.cchc.rollup.store.ReportStore;

/** Replaces the stored facts and rejects of each file, within the chunk's transaction. */
class StoreWriter implements ItemWriter<ParsedFile> {

    private final ReportStore store;

    StoreWriter(ReportStore store) {
        this.store = store;
    }

    @Override
    public void write(Chunk<? extends ParsedFile> chunk) {
        for (ParsedFile parsed : chunk) {
            store.replace(parsed.file(), parsed.report());
            store.addTaskReports(parsed.file().relative(), parsed.taskReports());
        }
    }
}
