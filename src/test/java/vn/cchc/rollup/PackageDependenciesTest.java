package vn.cchc.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The feature packages form layers: no package reaches, through its imports, back to itself.
 * Read from the main sources, so a new cycle fails the build where it is written.
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/vn/cchc/rollup");
    private static final Pattern PACKAGE = Pattern.compile("^package vn\\.cchc\\.rollup\\.(\\w+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?vn\\.cchc\\.rollup\\.(\\w+)\\.",
            Pattern.MULTILINE);

    @Test
    void noPackageDependsOnItselfThroughOthers() throws IOException {
        Map<String, Set<String>> uses = dependencies();
        assertThat(uses).containsKeys("catalog", "normalize", "read", "store", "score", "publish", "job");

        List<String> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            List<String> path = pathBack(start, start, uses, new TreeSet<>(), new ArrayList<>());
            if (path != null) {
                cycles.add(start + " -> " + String.join(" -> ", path));
            }
        }
        assertThat(cycles).as("package cycles").isEmpty();
    }

    @Test
    void theBasePackagesUseNoFeaturePackage() throws IOException {
        Map<String, Set<String>> uses = dependencies();
        assertThat(uses.get("normalize")).isEmpty();
        assertThat(uses.get("catalog")).containsOnly("normalize");
    }

    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Matcher own = PACKAGE.matcher(source);
                if (!own.find()) {
                    continue;
                }
                Set<String> used = uses.computeIfAbsent(own.group(1), p -> new TreeSet<>());
                Matcher imported = IMPORT.matcher(source);
                while (imported.find()) {
                    if (!imported.group(1).equals(own.group(1))) {
                        used.add(imported.group(1));
                    }
                }
            }
        }
        return uses;
    }

    /** A path of imports from {@code from} back to {@code target}, or null when there is none. */
    private static List<String> pathBack(String target, String from, Map<String, Set<String>> uses, Set<String> seen,
            List<String> path) {
        for (String next : uses.getOrDefault(from, Set.of())) {
            path.add(next);
            if (next.equals(target)) {
                return path;
            }
            if (seen.add(next)) {
                List<String> found = pathBack(target, next, uses, seen, path);
                if (found != null) {
                    return found;
                }
            }
            path.remove(path.size() - 1);
        }
        return null;
    }
}
