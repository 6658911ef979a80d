package vn.cchc.rollup.read.layouts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import vn.cchc.rollup.catalog.Plan;

/** Writes a layout case to a file of its format, each in its own folder so that names may repeat. */
final class LayoutFiles {

    private final EntryMaker entries;
    private final ReportComposer composer;

    LayoutFiles(Plan plan) {
        this.entries = new EntryMaker(plan);
        this.composer = new ReportComposer(plan);
    }

    /** The report and its facts, with the path it would be written to; nothing is written. */
    GeneratedReport draft(LayoutCase layout, Path root) {
        List<IndicatorEntry> rows = entries.entries(layout);
        ReportContent content = composer.compose(layout, rows);
        List<ExpectedFact> expected = layout.ambiguous() ? List.of()
                : rows.stream().map(IndicatorEntry::expected).filter(Objects::nonNull).toList();
        Path file = root.resolve("%s-%03d".formatted(layout.format(), layout.id())).resolve(content.fileName());
        return new GeneratedReport(layout, file, content.fileName(), content, expected);
    }

    GeneratedReport write(LayoutCase layout, Path root) {
        GeneratedReport report = draft(layout, root);
        try {
            Files.createDirectories(report.file().getParent());
            ReportWriter.of(layout.format()).write(report.content(), report.file());
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
