package vn.cchc.rollup.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.sample.NationalSampleGenerator;
import vn.cchc.rollup.sample.SampleGenerator;

/**
 * {@code bench}: the pieces of the benchmark script ({@code bench/run.sh}): deterministic inputs at
 * province and national scale, and a bare streaming parse to compare the full run with.
 */
public final class BenchCommand {

    static final String HELP = """
            Cách dùng: java -jar target/cchc-rollup.jar bench generate --scale province|national|many-files --output THƯ_MỤC
                                                            [--agencies SỐ]
                       java -jar target/cchc-rollup.jar bench parse --input THƯ_MỤC [--threads SỐ]
                       java -jar target/cchc-rollup.jar bench interpret --input THƯ_MỤC [--threads SỐ]
                       java -jar target/cchc-rollup.jar bench big-xlsx --output TỆP [--rows SỐ]

            Công cụ đo hiệu năng (xem bench/run.sh và docs/performance.md).

              generate  tạo thư mục đầu vào <THƯ_MỤC>/reports (và plans/ với quy mô toàn quốc):
                        province = 45 đơn vị × 6 kỳ; national = 4.000 đơn vị (hoặc --agencies), 1 kỳ;
                        many-files = như national, mỗi đơn vị một tệp nhỏ (7/10 là .xlsx, còn lại .csv dạng dọc)
              parse     chỉ đọc từng ô của mọi tệp trong <THƯ_MỤC>/reports, không diễn giải, không ghi
              interpret đọc và diễn giải mọi tệp như bước đọc của lần chạy (số liệu, nhiệm vụ, từ chối),
                        không ghi vào cơ sở dữ liệu
              big-xlsx  tạo một tệp .xlsx rất lớn (mặc định 720.000 dòng, khoảng 50 MB)
            """;
    static final long SEED = 20260101L;
    static final List<Period> PROVINCE_PERIODS = List.of(Period.quarter(2025, 1), Period.quarter(2025, 2),
            Period.half(2025, 1), Period.quarter(2025, 3), Period.quarter(2025, 4), Period.quarter(2026, 1));
    static final Period NATIONAL_PERIOD = Period.quarter(2026, 1);
    static final int NATIONAL_AGENCIES = 4000;
    static final int BIG_XLSX_ROWS = 720_000;

    private BenchCommand() {
    }

    public static int execute(List<String> args, PrintStream out, PrintStream err) throws IOException {
        if (args.isEmpty() || args.contains("--help")) {
            out.print(HELP);
            return args.isEmpty() ? 2 : 0;
        }
        Map<String, String> options = options(args.subList(1, args.size()));
        switch (args.get(0)) {
            case "generate" -> {
                Path folder = Path.of(required(options, "output")).toAbsolutePath();
                String scale = options.getOrDefault("scale", "province");
                int agencies = Integer.parseInt(options.getOrDefault("agencies", String.valueOf(NATIONAL_AGENCIES)));
                if (scale.equals("national")) {
                    generateNational(folder, agencies);
                } else if (scale.equals("many-files")) {
                    generateManyFiles(folder, agencies);
                } else if (scale.equals("province")) {
                    SampleGenerator.generate(PlanLoader.builtIn(), PROVINCE_PERIODS, folder.resolve("reports"), SEED);
                } else {
                    err.println("Lỗi: quy mô phải là province hoặc national");
                    return 2;
                }
                out.println("Đã tạo dữ liệu đo hiệu năng trong " + folder);
                return 0;
            }
            case "parse" -> {
                Path reports = Path.of(required(options, "input")).toAbsolutePath().resolve("reports");
                int threads = Integer.parseInt(options.getOrDefault("threads",
                        String.valueOf(Runtime.getRuntime().availableProcessors())));
                BareParse.Totals totals = BareParse.run(reports, threads);
                out.println(totals.line());
                return 0;
            }
            case "interpret" -> {
                Path input = Path.of(required(options, "input")).toAbsolutePath();
                int threads = Integer.parseInt(options.getOrDefault("threads",
                        String.valueOf(Runtime.getRuntime().availableProcessors())));
                out.println(BareParse.interpret(input, threads).line());
                return 0;
            }
            case "big-xlsx" -> {
                Path file = Path.of(required(options, "output")).toAbsolutePath();
                java.nio.file.Files.createDirectories(file.getParent());
                int rows = Integer.parseInt(options.getOrDefault("rows", String.valueOf(BIG_XLSX_ROWS)));
                BigWorkbook.write(NationalSampleGenerator.plan(PlanLoader.builtIn(), NATIONAL_AGENCIES), rows, file, SEED);
                out.println("Đã tạo " + file + " (" + java.nio.file.Files.size(file) / 1_000_000 + " MB)");
                return 0;
            }
            default -> {
                err.println("Lỗi: không có lệnh bench \"" + args.get(0) + "\". Xem bench --help.");
                return 2;
            }
        }
    }

    /** The national input: the plan folder and one period of reports. */
    public static void generateNational(Path folder, int agencies) throws IOException {
        Plan plan = NationalSampleGenerator.plan(PlanLoader.builtIn(), agencies);
        NationalSampleGenerator.writePlan(plan, folder.resolve("plans"));
        NationalSampleGenerator.generate(plan, NATIONAL_PERIOD, folder.resolve("reports"), SEED);
    }

    /** The national plan and one period of small files, one per agency for most (see {@link NationalSampleGenerator}). */
    public static void generateManyFiles(Path folder, int agencies) throws IOException {
        Plan plan = NationalSampleGenerator.plan(PlanLoader.builtIn(), agencies);
        NationalSampleGenerator.writePlan(plan, folder.resolve("plans"));
        NationalSampleGenerator.generateManyFiles(plan, NATIONAL_PERIOD, folder.resolve("reports"), SEED);
    }

    private static Map<String, String> options(List<String> args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || i + 1 >= args.size()) {
                throw new IllegalArgumentException("tùy chọn không hợp lệ: " + arg);
            }
            options.put(arg.substring(2), args.get(++i));
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("thiếu --" + name);
        }
        return value;
    }
}
