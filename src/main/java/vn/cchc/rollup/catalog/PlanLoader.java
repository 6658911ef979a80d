package vn.cchc.rollup.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Loads a plan from a folder ({@code agencies*.csv}, {@code areas*.csv}, {@code indicators*.csv}
 * and an optional {@code plan.properties}), or the default plan built into the jar.
 */
public final class PlanLoader {

    private static final String BUILT_IN = "/plans/";
    private static final String[] BUILT_IN_FILES = {
        "agencies-ha-tinh.csv", "areas.csv", "indicators-2026.csv", "plan.properties"};

    private PlanLoader() {
    }

    /** The plan in {@code folder} if it exists, else the built-in default plan. */
    public static Plan load(Path folder) {
        if (folder != null && Files.isDirectory(folder)) {
            return fromFolder(folder);
        }
        return builtIn();
    }

    public static Plan builtIn() {
        return read(name -> PlanLoader.class.getResourceAsStream(BUILT_IN + name),
                Arrays.asList(BUILT_IN_FILES));
    }

    public static Plan fromFolder(Path folder) {
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list plan folder " + folder, e);
        }
        return read(name -> {
            try {
                return Files.newInputStream(folder.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, names);
    }

    private static Plan read(Function<String, InputStream> open, List<String> names) {
        Properties properties = new Properties();
        if (names.contains("plan.properties")) {
            try (Reader reader = utf8(open.apply("plan.properties"))) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Agency> agencies = records(open, one(names, "agencies"), PlanLoader::agency);
        List<Area> areas = records(open, one(names, "areas"), PlanLoader::area);
        List<Indicator> indicators = records(open, one(names, "indicators"), PlanLoader::indicator);
        String province = properties.getProperty("province", "").strip();
        return new Plan(province, Letterhead.of(properties, new ProvinceName(province)), agencies, areas, indicators);
    }

    private static String one(List<String> names, String prefix) {
        List<String> matching = names.stream()
                .filter(n -> n.startsWith(prefix) && n.endsWith(".csv")).toList();
        if (matching.size() != 1) {
            throw new IllegalStateException(
                    "the plan needs exactly one " + prefix + "*.csv, found " + matching);
        }
        return matching.get(0);
    }

    private static <T> List<T> records(Function<String, InputStream> open, String name,
            Function<CSVRecord, T> mapper) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader reader = utf8(open.apply(name))) {
            List<T> items = new ArrayList<>();
            for (CSVRecord record : format.parse(reader)) {
                try {
                    items.add(mapper.apply(record));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(
                            name + " line " + record.getRecordNumber() + ": " + e.getMessage(), e);
                }
            }
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plan file " + name, e);
        }
    }

    private static Reader utf8(InputStream in) throws IOException {
        if (in == null) {
            throw new IOException("plan file not found");
        }
        return new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(), StandardCharsets.UTF_8);
    }

    private static Agency agency(CSVRecord r) {
        return new Agency(r.get("agency_code"), r.get("agency_name"),
                AgencyKind.valueOf(r.get("agency_kind")), list(r, "aliases"));
    }

    private static Area area(CSVRecord r) {
        return new Area(r.get("area_code"), r.get("area_name"), new BigDecimal(r.get("max_points")));
    }

    private static Indicator indicator(CSVRecord r) {
        String target = r.get("target");
        return new Indicator(r.get("indicator_code"), r.get("area_code"), r.get("indicator_name"),
                Unit.valueOf(r.get("unit")), Comparator.valueOf(r.get("comparator")),
                target.isEmpty() ? null : new BigDecimal(target),
                Applicability.valueOf(r.get("applies_to")), RollupMethod.valueOf(r.get("rollup")),
                TargetBasis.valueOf(r.get("target_basis")), new BigDecimal(r.get("points")),
                list(r, "aliases"));
    }

    private static List<String> list(CSVRecord r, String column) {
        if (!r.isMapped(column) || r.get(column).isBlank()) {
            return List.of();
        }
        return Arrays.stream(r.get(column).split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
