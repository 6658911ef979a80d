package vn.cchc.rollup.job;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import vn.cchc.rollup.store.ReportStore;

/** Replaces the stored facts, rejects and task reports of the chunk's files, within the chunk's transaction. */
class StoreWriter implements ItemWriter<ParsedFile> {

    private final ReportStore store;

    StoreWriter(ReportStore store) {
        this.store = store;
    }

    @Override
    public void write(Chunk<? extends ParsedFile> chunk) {
        store.replaceAll(chunk.getItems().stream()
                .map(parsed -> new ReportStore.Replacement(parsed.file(), parsed.report(), parsed.taskReports()))
                .toList());
    }
}
