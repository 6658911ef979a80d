package vn.cchc.rollup.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.AgencyKind;
import vn.cchc.rollup.catalog.Applicability;
import vn.cchc.rollup.catalog.Comparator;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.RollupMethod;
import vn.cchc.rollup.catalog.TargetBasis;
import vn.cchc.rollup.catalog.Unit;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.task.TaskCatalogue;
import vn.cchc.rollup.task.TaskCatalogueLoader;

/**
 * Writes deterministic, realistic sample reports of a plan's agencies: one folder per period
 * ({@code 2026-Q1/}), every layout (template, long, wide) in every spreadsheet type (.xlsx, .xls, .csv),
 * a few departments' reports in the Word form (.docx), a covering letter, with a few deliberate errors
 * and a few agencies that do not report. Same seed, same bytes.
 */
public final class SampleGenerator {

    /** Departments spread over these formats; the remaining ones send .xlsx. */
    private static final int SO_AS_XLS = 2;
    private static final int SO_AS_CSV = 1;
    /** Departments whose .xlsx report (with no injected error) is sent as the Word form instead. */
    static final int SO_AS_DOCX = 2;
    /** Communes that send the template one by one; the rest report through cluster files. */
    private static final int XA_AS_TEMPLATE = 2;

    /** Layout, format and naming of the commune cluster files, in cluster order. */
    private record ClusterStyle(SampleLayout layout, FileFormat format, AgencyNaming naming, boolean upperPeriod) {
    }

    private static final List<ClusterStyle> CLUSTERS = List.of(
            new ClusterStyle(SampleLayout.LONG, FileFormat.CSV, AgencyNaming.UBND_NAME, false),
            new ClusterStyle(SampleLayout.LONG, FileFormat.XLSX, AgencyNaming.CODE, false),
            new ClusterStyle(SampleLayout.LONG, FileFormat.XLS, AgencyNaming.NAME, true),
            new ClusterStyle(SampleLayout.WIDE, FileFormat.XLSX, AgencyNaming.UBND_NAME, false),
            new ClusterStyle(SampleLayout.WIDE, FileFormat.XLS, AgencyNaming.NAME, false),
            new ClusterStyle(SampleLayout.WIDE, FileFormat.CSV, AgencyNaming.UBND_NAME, false));

    static final String UNKNOWN_AGENCY_NAME = "Sở Du lịch";
    static final String UNKNOWN_INDICATOR_CODE = "TTHC-99";
    static final String BAD_VALUE_TEXT = "khoảng 90";

    private SampleGenerator() {
    }

    /** Generates the samples and returns the manifest lines: injected errors and non-reporting agencies. */
    public static List<String> generate(Plan plan, List<Period> periods, Path reportsDir, long seed)
            throws IOException {
        return generateWithManifest(plan, periods, reportsDir, seed).lines();
    }

    public static SampleManifest generateWithManifest(Plan plan, List<Period> periods, Path reportsDir, long seed)
            throws IOException {
        SampleValues values = new SampleValues(seed);
        List<SampleManifest.WrittenFile> written = new ArrayList<>();
        List<InjectedError> injected = new ArrayList<>();
        Map<String, Set<String>> reporting = new LinkedHashMap<>();
        Map<String, List<String>> nonReporting = new LinkedHashMap<>();
        Set<String> previouslySilent = Set.of();
        for (int p = 0; p < periods.size(); p++) {
            Period period = periods.get(p);
            Random random = new Random(SampleValues.mix(seed, period.code()));
            Path folder = Files.createDirectories(reportsDir.resolve(period.code()));

            List<String> silent = pickSilent(plan, random, previouslySilent);
            List<AgencyReport> reports = new ArrayList<>();
            for (Agency agency : plan.agencies()) {
                if (!silent.contains(agency.code())) {
                    reports.add(values.report(plan, agency, period, random));
                }
            }
            reports = withLateReports(plan, period, reports, seed);
            PeriodFiles files = new PeriodFiles(distribute(plan, period, reports, random));
            new ErrorInjector(plan, period, values, random, files, injected).injectAll(p);
            files.sendInWord(SO_AS_DOCX);

            Set<String> present = new LinkedHashSet<>();
            for (SampleFile file : files.all) {
                Path path = folder.resolve(file.fileName());
                write(plan, file, path);
                if (files.truncated.contains(file.fileName())) {
                    truncate(path);
                }
                List<String> codes = file.reports().stream().map(r -> r.agency().code())
                        .filter(code -> plan.agency(code).isPresent()).toList();
                present.addAll(codes);
                written.add(new SampleManifest.WrittenFile(period.code() + "/" + file.fileName(),
                        file.layout(), file.format(), codes));
            }
            for (Map.Entry<String, byte[]> decoy : files.decoys.entrySet()) {
                Files.write(folder.resolve(decoy.getKey()), decoy.getValue());
                written.add(new SampleManifest.WrittenFile(period.code() + "/" + decoy.getKey(), null, null, List.of()));
            }
            for (Map.Entry<String, Agency> letter : files.letters.entrySet()) {
                CoveringLetterWriter.write(plan, letter.getValue(), period, folder.resolve(letter.getKey()));
                written.add(new SampleManifest.WrittenFile(period.code() + "/" + letter.getKey(), null, FileFormat.DOCX, List.of()));
            }
            for (SampleManifest.WrittenFile file : writeTaskReports(plan, period, folder, silent, seed)) {
                written.add(file);
            }
            reporting.put(period.code(), present);
            nonReporting.put(period.code(), silent);
            previouslySilent = new HashSet<>(silent);
        }
        return new SampleManifest(written, injected, reporting, nonReporting);
    }

    /** Days after the period's end by which reports are due (the default of plan.properties). */
    static final int DUE_DAYS = 15;
    /** Departments that report late each period (besides the first commune sending the template). */
    static final int LATE_DEPARTMENTS = 2;

    /**
     * A few agencies date their report after the due date: two departments (never the consolidating
     * office) and the first commune that sends the template. Drawn from their own random stream so
     * the values stay those of earlier versions.
     */
    private static List<AgencyReport> withLateReports(Plan plan, Period period, List<AgencyReport> reports, long seed) {
        Random random = new Random(SampleValues.mix(seed, period.code(), "late"));
        List<Agency> departments = new ArrayList<>(plan.agencies(AgencyKind.SO));
        departments.remove(plan.agencies().get(0));
        Set<String> late = new HashSet<>();
        while (late.size() < LATE_DEPARTMENTS && !departments.isEmpty()) {
            late.add(departments.remove(random.nextInt(departments.size())).code());
        }
        if (!plan.agencies(AgencyKind.XA).isEmpty()) {
            late.add(plan.agencies(AgencyKind.XA).get(0).code());
        }
        List<AgencyReport> result = new ArrayList<>();
        for (AgencyReport report : reports) {
            result.add(late.contains(report.agency().code())
                    ? new AgencyReport(report.agency(), period.end().plusDays(DUE_DAYS + 2 + random.nextInt(10)),
                            report.values())
                    : report);
        }
        return result;
    }

    /** Task status reports of Sở Ngoại vụ (its own plan appendix) and three communes (the common list). */
    private static List<SampleManifest.WrittenFile> writeTaskReports(Plan plan, Period period, Path folder,
            List<String> silent, long seed) throws IOException {
        TaskCatalogue catalogue = TaskCatalogueLoader.builtIn();
        List<SampleManifest.WrittenFile> written = new ArrayList<>();
        List<Agency> department = plan.agency("SO-NGOAIVU").filter(a -> !silent.contains(a.code())).stream().toList();
        List<Agency> communes = plan.agencies(AgencyKind.XA).stream().skip(XA_AS_TEMPLATE).limit(3)
                .filter(a -> !silent.contains(a.code())).toList();
        for (List<Agency> group : List.of(department, communes)) {
            if (group.isEmpty() || !catalogue.hasTasks(group.get(0))) {
                continue;
            }
            String name = (group == department ? "SO-NGOAIVU" : "Cum-xa-1") + "_nhiem-vu_" + period.code() + ".csv";
            TaskSampleWriter.write(catalogue, period, group, seed, folder.resolve(name));
            written.add(new SampleManifest.WrittenFile(period.code() + "/" + name, null, FileFormat.CSV,
                    group.stream().map(Agency::code).toList()));
        }
        return written;
    }

    /** Two or three agencies that send nothing, other than last period's; the consolidating office always reports. */
    private static List<String> pickSilent(Plan plan, Random random, Set<String> previouslySilent) {
        List<Agency> candidates = new ArrayList<>(plan.agencies().stream()
                .filter(a -> !previouslySilent.contains(a.code()))
                .filter(a -> !a.equals(plan.agencies().get(0))).toList());
        int count = 2 + random.nextInt(2);
        List<String> silent = new ArrayList<>();
        while (silent.size() < count && !candidates.isEmpty()) {
            silent.add(candidates.remove(random.nextInt(candidates.size())).code());
        }
        return plan.agencies().stream().map(Agency::code).filter(silent::contains).toList();
    }

    private static List<SampleFile> distribute(Plan plan, Period period, List<AgencyReport> reports, Random random) {
        List<SampleFile> files = new ArrayList<>();
        List<AgencyReport> departments = reports.stream().filter(r -> r.agency().kind() == AgencyKind.SO).toList();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < departments.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        for (int i = 0; i < departments.size(); i++) {
            int rank = order.indexOf(i);
            FileFormat format = rank < SO_AS_XLS ? FileFormat.XLS
                    : rank < SO_AS_XLS + SO_AS_CSV ? FileFormat.CSV : FileFormat.XLSX;
            files.add(templateFile(period, departments.get(i), format));
        }

        List<Agency> communes = plan.agencies(AgencyKind.XA);
        Map<String, AgencyReport> byCode = new LinkedHashMap<>();
        reports.forEach(r -> byCode.put(r.agency().code(), r));
        for (int i = 0; i < Math.min(XA_AS_TEMPLATE, communes.size()); i++) {
            AgencyReport report = byCode.get(communes.get(i).code());
            if (report != null) {
                files.add(templateFile(period, report, FileFormat.XLSX));
            }
        }
        List<Agency> clustered = communes.subList(Math.min(XA_AS_TEMPLATE, communes.size()), communes.size());
        for (int c = 0; c < CLUSTERS.size(); c++) {
            int from = clustered.size() * c / CLUSTERS.size();
            int to = clustered.size() * (c + 1) / CLUSTERS.size();
            List<AgencyReport> members = clustered.subList(from, to).stream()
                    .map(a -> byCode.get(a.code())).filter(r -> r != null).toList();
            if (!members.isEmpty()) {
                files.add(clusterFile(period, c + 1, CLUSTERS.get(c), members));
            }
        }
        return files;
    }

    private static SampleFile templateFile(Period period, AgencyReport report, FileFormat format) {
        String name = report.agency().code() + "_BC-CCHC_" + period.code() + "." + format.extension();
        return new SampleFile(period, SampleLayout.TEMPLATE, format, name, report.agency().name(),
                List.of(report), AgencyNaming.CODE, period.label());
    }

    private static SampleFile clusterFile(Period period, int number, ClusterStyle style, List<AgencyReport> members) {
        String stem = style.layout() == SampleLayout.LONG ? "Cum-xa-" + number + "_chi-tieu-CCHC_"
                : "Tong-hop-cum-" + number + "_";
        String periodText = style.upperPeriod() ? PeriodTitles.upper(period.label()) : period.label();
        return new SampleFile(period, style.layout(), style.format(),
                stem + period.code() + "." + style.format().extension(),
                "Cụm xã, phường số " + number, members, style.naming(), periodText);
    }

    static void write(Plan plan, SampleFile file, Path path) throws IOException {
        switch (file.layout()) {
            case TEMPLATE -> TemplateSampleWriter.write(plan, file, path);
            case LONG -> LongSampleWriter.write(plan, file, path);
            case WIDE -> WideSampleWriter.write(plan, file, path);
        }
    }

    /** Cuts a workbook short, as an interrupted e-mail attachment would. */
    private static void truncate(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        Files.write(path, Arrays.copyOf(bytes, bytes.length * 2 / 5));
    }

    /** The files of one period while errors are injected into them. */
    private static final class PeriodFiles {
        final List<SampleFile> all;
        final Set<String> truncated = new HashSet<>();
        final Map<String, byte[]> decoys = new LinkedHashMap<>();
        /** Covering letters in Word (no table of figures): file name and the agency writing. */
        final Map<String, Agency> letters = new LinkedHashMap<>();
        final Set<String> touched = new HashSet<>();

        PeriodFiles(List<SampleFile> files) {
            this.all = new ArrayList<>(files);
        }

        /** A file not yet used for an error, chosen at random among those matching. */
        SampleFile pick(Random random, Predicate<SampleFile> filter) {
            List<SampleFile> candidates = all.stream().filter(filter)
                    .filter(f -> !touched.contains(f.fileName())).toList();
            if (candidates.isEmpty()) {
                return null;
            }
            SampleFile chosen = candidates.get(random.nextInt(candidates.size()));
            touched.add(chosen.fileName());
            return chosen;
        }

        /**
         * The first {@code count} departments' .xlsx reports that carry no injected error go in the
         * Word form: the same figures, another file type. No random draw, so nothing else changes.
         */
        void sendInWord(int count) {
            List<SampleFile> chosen = all.stream()
                    .filter(f -> f.layout() == SampleLayout.TEMPLATE && f.format() == FileFormat.XLSX)
                    .filter(f -> f.reports().get(0).agency().kind() == AgencyKind.SO)
                    .filter(f -> !touched.contains(f.fileName()) && !truncated.contains(f.fileName()))
                    .limit(count).toList();
            for (SampleFile file : chosen) {
                all.set(all.indexOf(file), file.inFormat(FileFormat.DOCX));
            }
        }

        void replace(SampleFile old, SampleFile updated) {
            all.set(all.indexOf(old), updated);
            touched.add(updated.fileName());
        }
    }

    /** Injects one error of each kind into a period's files and records it. */
    private static final class ErrorInjector {
        private final Plan plan;
        private final Period period;
        private final SampleValues values;
        private final Random random;
        private final PeriodFiles files;
        private final List<InjectedError> injected;

        ErrorInjector(Plan plan, Period period, SampleValues values, Random random, PeriodFiles files,
                List<InjectedError> injected) {
            this.plan = plan;
            this.period = period;
            this.values = values;
            this.random = random;
            this.files = files;
            this.injected = injected;
        }

        void injectAll(int periodNumber) {
            percentAboveHundred();
            badValue();
            numeratorAboveDenominator();
            negativeCount();
            unknownAgency();
            unknownIndicator();
            unreadablePeriod();
            truncatedWorkbook();
            unsupportedFile(periodNumber % 2 == 0 ? "pdf" : "docx");
        }

        private void percentAboveHundred() {
            SampleFile file = files.pick(random, f -> isTemplate(f, FileFormat.XLSX) && isKind(f, AgencyKind.SO));
            if (file == null) {
                return;
            }
            AgencyReport report = file.reports().get(0);
            Indicator indicator = pickIndicator(report, v -> isRatio(v.indicator()));
            BigDecimal value = SampleValues.oneDecimal(101 + random.nextInt(25) + random.nextInt(10) / 10.0);
            update(file, report, report.replace(indicator.code(), v -> v.withValue(value)));
            record("OUT_OF_RANGE", file, report.agency().code(), indicator.code(), "percent above 100: " + value);
        }

        private void badValue() {
            SampleFile file = files.pick(random, f -> isTemplate(f, FileFormat.XLS));
            if (file == null) {
                file = files.pick(random, f -> f.layout() == SampleLayout.TEMPLATE);
            }
            if (file == null) {
                return;
            }
            AgencyReport report = file.reports().get(0);
            Indicator indicator = pickIndicator(report, v -> isRatio(v.indicator()));
            update(file, report, report.replace(indicator.code(), v -> v.withText(BAD_VALUE_TEXT)));
            record("BAD_VALUE", file, report.agency().code(), indicator.code(),
                    "value typed as text \"" + BAD_VALUE_TEXT + "\"");
        }

        private void numeratorAboveDenominator() {
            SampleFile file = files.pick(random, f -> f.layout() == SampleLayout.LONG && f.format() == FileFormat.XLSX);
            if (file == null) {
                return;
            }
            AgencyReport report = file.reports().get(random.nextInt(file.reports().size()));
            Indicator indicator = pickIndicator(report, v -> isRatio(v.indicator()) && v.denominator() != null);
            BigDecimal denominator = report.value(indicator.code()).denominator();
            BigDecimal numerator = denominator.add(BigDecimal.valueOf(3 + random.nextInt(18)));
            update(file, report, report.replace(indicator.code(), v -> v.withRatio(numerator, denominator)));
            record("INCONSISTENT", file, report.agency().code(), indicator.code(),
                    "numerator " + numerator + " > denominator " + denominator);
        }

        private void negativeCount() {
            SampleFile file = files.pick(random, f -> f.layout() == SampleLayout.WIDE && f.format() == FileFormat.XLSX);
            if (file == null) {
                return;
            }
            AgencyReport report = file.reports().get(random.nextInt(file.reports().size()));
            Indicator indicator = pickIndicator(report, v -> v.indicator().unit() == Unit.COUNT);
            BigDecimal value = BigDecimal.valueOf(-1 - random.nextInt(3));
            update(file, report, report.replace(indicator.code(), v -> v.withValue(value)));
            record("OUT_OF_RANGE", file, report.agency().code(), indicator.code(), "negative count " + value);
        }

        private void unknownAgency() {
            SampleFile file = files.pick(random, f -> f.layout() == SampleLayout.WIDE && f.format() == FileFormat.XLS);
            if (file == null) {
                return;
            }
            AgencyKind kind = file.reports().get(0).agency().kind();
            Agency stranger = new Agency("?", UNKNOWN_AGENCY_NAME, kind, List.of());
            List<AgencyReport> reports = new ArrayList<>(file.reports());
            reports.add(random.nextInt(reports.size() + 1), values.report(plan, stranger, period, random));
            files.replace(file, file.withReports(reports));
            record("UNKNOWN_AGENCY", file, null, null, "row for \"" + UNKNOWN_AGENCY_NAME + "\", not in the registry");
        }

        private void unknownIndicator() {
            SampleFile file = files.pick(random, f -> f.layout() == SampleLayout.LONG && f.format() == FileFormat.CSV);
            if (file == null) {
                return;
            }
            AgencyReport report = file.reports().get(random.nextInt(file.reports().size()));
            Indicator stranger = new Indicator(UNKNOWN_INDICATOR_CODE, "TTHC",
                    "Tỷ lệ hồ sơ TTHC được số hóa khi tiếp nhận", Unit.PERCENT, Comparator.GE,
                    BigDecimal.valueOf(100), Applicability.ALL, RollupMethod.RATIO, TargetBasis.PERIOD,
                    BigDecimal.ZERO, List.of());
            List<SampleValue> extended = new ArrayList<>(report.values());
            int denominator = 20 + random.nextInt(100);
            int numerator = denominator * (70 + random.nextInt(31)) / 100;
            extended.add(new SampleValue(stranger, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator),
                    null, null, null));
            update(file, report, new AgencyReport(report.agency(), report.reportDate(), extended));
            record("UNKNOWN_INDICATOR", file, report.agency().code(), UNKNOWN_INDICATOR_CODE,
                    "indicator code not in the catalogue");
        }

        private void unreadablePeriod() {
            SampleFile file = files.pick(random, f -> isTemplate(f, FileFormat.XLSX) && isKind(f, AgencyKind.XA));
            if (file == null) {
                file = files.pick(random, f -> isTemplate(f, FileFormat.XLSX));
            }
            if (file == null) {
                return;
            }
            String code = file.reports().get(0).agency().code();
            String text = "Quý ..../" + period.year();
            // no period code in the name either: only the folder tells
            SampleFile updated = file.withPeriodText(text, code + "_BC-CCHC.xlsx");
            files.replace(file, updated);
            record("UNKNOWN_PERIOD", updated, code, null,
                    "period cell reads \"" + text + "\" (the folder name is the only hint); the whole report is lost");
        }

        private void truncatedWorkbook() {
            SampleFile file = files.pick(random, f -> isTemplate(f, FileFormat.XLSX));
            if (file == null) {
                return;
            }
            files.truncated.add(file.fileName());
            String code = file.reports().get(0).agency().code();
            record("UNREADABLE_FILE", file, code, null, "workbook truncated to 40 % of its bytes; the whole report is lost");
        }

        private void unsupportedFile(String extension) {
            List<SampleFile> templates = files.all.stream().filter(f -> f.layout() == SampleLayout.TEMPLATE).toList();
            if (templates.isEmpty()) {
                return;
            }
            Agency agency = templates.get(random.nextInt(templates.size())).reports().get(0).agency();
            String name = "Cong-van-kem-theo_" + agency.code() + "_" + period.code() + "." + extension;
            if (extension.equals("docx")) {
                // a real covering letter: no table of figures, so no refused report either
                files.letters.put(name, agency);
                return;
            }
            String body = "%PDF-1.4\n% Công văn gửi kèm báo cáo CCHC " + period.label() + "\n%%EOF\n";
            files.decoys.put(name, body.getBytes(StandardCharsets.UTF_8));
            injected.add(new InjectedError("UNSUPPORTED_FILE", period.code(), period.code() + "/" + name,
                    agency.code(), null, "." + extension + " file next to the agency's report"));
        }

        private Indicator pickIndicator(AgencyReport report, Predicate<SampleValue> filter) {
            List<SampleValue> candidates = report.values().stream().filter(filter).toList();
            if (candidates.isEmpty()) {
                throw new IllegalStateException(report.agency().code() + " has no indicator fit for an injected error");
            }
            return candidates.get(random.nextInt(candidates.size())).indicator();
        }

        private void update(SampleFile file, AgencyReport old, AgencyReport updated) {
            List<AgencyReport> reports = new ArrayList<>(file.reports());
            reports.set(reports.indexOf(old), updated);
            files.replace(file, file.withReports(reports));
        }

        private void record(String reason, SampleFile file, String agencyCode, String indicatorCode, String detail) {
            injected.add(new InjectedError(reason, period.code(), period.code() + "/" + file.fileName(),
                    agencyCode, indicatorCode, detail));
        }

        private static boolean isTemplate(SampleFile file, FileFormat format) {
            return file.layout() == SampleLayout.TEMPLATE && file.format() == format;
        }

        private static boolean isKind(SampleFile file, AgencyKind kind) {
            return file.reports().get(0).agency().kind() == kind;
        }

        private static boolean isRatio(Indicator indicator) {
            return indicator.unit() == Unit.PERCENT && indicator.rollup() == RollupMethod.RATIO;
        }
    }
}
