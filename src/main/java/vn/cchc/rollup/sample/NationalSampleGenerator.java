package vn.cchc.rollup.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.AgencyKind;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.normalize.Period;

/**
 * Writes a deterministic national-scale input folder for benchmarks: a plan whose registry holds
 * the departments and communes of every province (built from the default plan's agencies, its
 * reform areas and indicators kept), and one period of reports in every layout and file type,
 * without injected errors. Same seed and size, same bytes.
 */
public final class NationalSampleGenerator {

    /** The 34 provinces and cities after the 2025 merger. */
    private static final List<String> PROVINCES = List.of(
            "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa",
            "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh",
            "Hưng Yên", "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa",
            "Lâm Đồng", "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Đồng Tháp",
            "Cà Mau", "An Giang");
    private static final List<String> BUILT_IN_PLAN_FILES = List.of("areas.csv", "indicators-2026.csv");
    /** Departments are about one agency in six nationally (700 of 4,000). */
    private static final int DEPARTMENT_SHARE_PER_MILLE = 175;
    /** Communes per cluster file. */
    static final int CLUSTER_SIZE = 40;
    /** Every n-th commune sends the template itself rather than through its cluster. */
    private static final int COMMUNE_TEMPLATE_EVERY = 25;
    private static final List<FileFormat> FORMATS = List.of(FileFormat.XLSX, FileFormat.XLS, FileFormat.CSV);
    private static final List<SampleLayout> CLUSTER_LAYOUTS = List.of(SampleLayout.LONG, SampleLayout.WIDE);
    private static final List<AgencyNaming> CLUSTER_NAMINGS =
            List.of(AgencyNaming.CODE, AgencyNaming.NAME, AgencyNaming.UBND_NAME);

    private NationalSampleGenerator() {
    }

    /**
     * A plan with {@code agencyCount} agencies: the default plan's departments and communes repeated
     * province by province under new codes and names, with its areas and indicators.
     */
    public static Plan plan(Plan base, int agencyCount) {
        int departments = agencyCount * DEPARTMENT_SHARE_PER_MILLE / 1000;
        List<Agency> agencies = new ArrayList<>(agencyCount);
        agencies.addAll(replicate(base.agencies(AgencyKind.SO), departments));
        agencies.addAll(replicate(base.agencies(AgencyKind.XA), agencyCount - departments));
        return new Plan("Toàn quốc", agencies, base.areas(), base.indicators());
    }

    private static List<Agency> replicate(List<Agency> models, int count) {
        List<Agency> copies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Agency model = models.get(i % models.size());
            int province = i / models.size() % PROVINCES.size();
            int round = i / (models.size() * PROVINCES.size());
            String suffix = round == 0 ? "" : " " + (round + 1);
            String code = model.code() + "-" + String.format("%02d", province + 1) + (round == 0 ? "" : "-" + (round + 1));
            String name = model.name() + " " + PROVINCES.get(province) + suffix;
            List<String> aliases = model.kind() == AgencyKind.XA ? List.of("UBND " + lowerFirst(name)) : List.of();
            copies.add(new Agency(code, name, model.kind(), aliases));
        }
        return copies;
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** Writes the plan's folder: its agency registry, and the default plan's areas and indicators. */
    public static void writePlan(Plan plan, Path plansDir) throws IOException {
        Files.createDirectories(plansDir);
        try (Writer writer = Files.newBufferedWriter(plansDir.resolve("agencies-national.csv"), StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            csv.printRecord("agency_code", "agency_name", "agency_kind", "aliases");
            for (Agency agency : plan.agencies()) {
                csv.printRecord(agency.code(), agency.name(), agency.kind().name(), String.join(";", agency.aliases()));
            }
        }
        for (String name : BUILT_IN_PLAN_FILES) {
            try (InputStream in = NationalSampleGenerator.class.getResourceAsStream("/plans/" + name)) {
                if (in == null) {
                    throw new IOException("built-in plan file missing: " + name);
                }
                Files.copy(in, plansDir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(plansDir.resolve("plan.properties"), "province=" + plan.province() + "\n",
                StandardCharsets.UTF_8);
    }

    /**
     * Writes one period of reports into {@code reportsDir/<period>/}: departments send the template
     * in turn as .xlsx, .xls and .csv; one commune in {@value #COMMUNE_TEMPLATE_EVERY} does too; the
     * other communes report through cluster files of {@value #CLUSTER_SIZE}, long or wide, in every type.
     * Files are written in parallel; their content depends on the seed only.
     */
    public static SampleManifest generate(Plan plan, Period period, Path reportsDir, long seed) throws IOException {
        SampleValues values = new SampleValues(seed);
        Random random = new Random(SampleValues.mix(seed, period.code(), "national"));
        Path folder = Files.createDirectories(reportsDir.resolve(period.code()));
        List<SampleFile> files = new ArrayList<>();
        List<Agency> departments = plan.agencies(AgencyKind.SO);
        for (int i = 0; i < departments.size(); i++) {
            AgencyReport report = values.report(plan, departments.get(i), period, random);
            files.add(templateFile(period, report, FORMATS.get(i % FORMATS.size())));
        }
        List<AgencyReport> clustered = new ArrayList<>();
        List<Agency> communes = plan.agencies(AgencyKind.XA);
        for (int i = 0; i < communes.size(); i++) {
            AgencyReport report = values.report(plan, communes.get(i), period, random);
            if (i % COMMUNE_TEMPLATE_EVERY == 0) {
                files.add(templateFile(period, report, FORMATS.get(i / COMMUNE_TEMPLATE_EVERY % FORMATS.size())));
            } else {
                clustered.add(report);
            }
        }
        for (int from = 0, number = 1; from < clustered.size(); from += CLUSTER_SIZE, number++) {
            List<AgencyReport> members = clustered.subList(from, Math.min(from + CLUSTER_SIZE, clustered.size()));
            files.add(clusterFile(period, number, members));
        }
        return writeAll(plan, period, folder, files);
    }

    /**
     * The shape of a real national period: one small file per agency for most. Of every ten agencies
     * in registry order, five send the template as .xlsx, the other five a long-layout .csv shared by
     * two or three of them (about 2,800 files for 4,000 agencies, seven in ten of them .xlsx).
     */
    public static SampleManifest generateManyFiles(Plan plan, Period period, Path reportsDir, long seed)
            throws IOException {
        SampleValues values = new SampleValues(seed);
        Random random = new Random(SampleValues.mix(seed, period.code(), "many-files"));
        Path folder = Files.createDirectories(reportsDir.resolve(period.code()));
        List<SampleFile> files = new ArrayList<>();
        List<AgencyReport> shared = new ArrayList<>();
        List<Agency> agencies = plan.agencies();
        for (int i = 0; i < agencies.size(); i++) {
            AgencyReport report = values.report(plan, agencies.get(i), period, random);
            if (i % 10 < 5) {
                files.add(templateFile(period, report, FileFormat.XLSX));
                continue;
            }
            shared.add(report);
            // groups of two, then three: five agencies in two files
            if (shared.size() == (i % 10 < 7 ? 2 : 3) || i == agencies.size() - 1) {
                String name = "Bao-cao-CCHC_" + shared.get(0).agency().code() + "_" + period.code() + ".csv";
                files.add(new SampleFile(period, SampleLayout.LONG, FileFormat.CSV, name, "Nhóm đơn vị",
                        shared, AgencyNaming.CODE, period.label()));
                shared = new ArrayList<>();
            }
        }
        return writeAll(plan, period, folder, files);
    }

    private static SampleManifest writeAll(Plan plan, Period period, Path folder, List<SampleFile> files) {
        files.parallelStream().forEach(file -> write(plan, file, folder.resolve(file.fileName())));
        List<SampleManifest.WrittenFile> written = files.stream()
                .map(f -> new SampleManifest.WrittenFile(period.code() + "/" + f.fileName(), f.layout(), f.format(),
                        f.reports().stream().map(r -> r.agency().code()).toList()))
                .toList();
        return new SampleManifest(written, List.of(), java.util.Map.of(), java.util.Map.of());
    }

    private static SampleFile templateFile(Period period, AgencyReport report, FileFormat format) {
        String name = report.agency().code() + "_BC-CCHC_" + period.code() + "." + format.extension();
        return new SampleFile(period, SampleLayout.TEMPLATE, format, name, report.agency().name(),
                List.of(report), AgencyNaming.CODE, period.label());
    }

    /** Cluster n gets the n-th combination of layout, type and naming, so all of them occur. */
    private static SampleFile clusterFile(Period period, int number, List<AgencyReport> members) {
        int style = number - 1;
        SampleLayout layout = CLUSTER_LAYOUTS.get(style % CLUSTER_LAYOUTS.size());
        FileFormat format = FORMATS.get(style / CLUSTER_LAYOUTS.size() % FORMATS.size());
        AgencyNaming naming = CLUSTER_NAMINGS.get(style / (CLUSTER_LAYOUTS.size() * FORMATS.size()) % CLUSTER_NAMINGS.size());
        String stem = layout == SampleLayout.LONG ? "Cum-xa-" + number + "_chi-tieu-CCHC_" : "Tong-hop-cum-" + number + "_";
        return new SampleFile(period, layout, format, stem + period.code() + "." + format.extension(),
                "Cụm xã, phường số " + number, members, naming, period.label());
    }

    private static void write(Plan plan, SampleFile file, Path path) {
        try {
            SampleGenerator.write(plan, file, path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }
}
