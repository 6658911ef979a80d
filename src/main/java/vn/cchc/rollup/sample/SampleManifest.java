package vn.cchc.rollup.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the generator wrote: the files (relative to the reports folder), each file's layout and
 * format, the injected errors, and per period which agencies appear in a file and which report nothing.
 */
public record SampleManifest(List<WrittenFile> files, List<InjectedError> injected,
        Map<String, Set<String>> reporting, Map<String, List<String>> nonReporting) {

    /** A file written, with its layout and format (null for the unsupported decoys). */
    public record WrittenFile(String path, SampleLayout layout, FileFormat format, List<String> agencyCodes) {
    }

    public SampleManifest {
        files = List.copyOf(files);
        injected = List.copyOf(injected);
        reporting = Map.copyOf(reporting);
        nonReporting = Map.copyOf(nonReporting);
    }

    /** One line per injected error and per agency that does not report, for printing. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        injected.forEach(e -> lines.add(e.line()));
        nonReporting.keySet().stream().sorted().forEach(period -> nonReporting.get(period)
                .forEach(code -> lines.add("NOT_REPORTED " + period + " agency=" + code)));
        return lines;
    }
}
