package vn.cchc.rollup.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.intake.FileFingerprint;
import vn.cchc.rollup.intake.ReportFolder;
import vn.cchc.rollup.read.ReportParser;

/** Reads one report file into facts and rejects; never fails on a bad file, which becomes a reject. */
class ParseProcessor implements ItemProcessor<FileFingerprint, ParsedFile> {

    private static final Logger log = LoggerFactory.getLogger(ParseProcessor.class);

    private final ReportFolder folder;
    private final ReportParser parser;

    ParseProcessor(ReportFolder folder, Plan plan) {
        this.folder = folder;
        this.parser = new ReportParser(plan);
    }

    @Override
    public ParsedFile process(FileFingerprint file) {
        log.debug("Reading {}", file.relative());
        return new ParsedFile(file, parser.parse(folder.resolve(file.relative()), file.relative()));
    }
}
