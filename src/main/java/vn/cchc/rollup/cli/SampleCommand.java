package vn.cchc.rollup.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.sample.SampleGenerator;

/** {@code sample}: the deterministic demonstration reports committed in input/reports/. */
final class SampleCommand {

    static final long SEED = 2026L;
    static final String HELP = """
            Cách dùng: java -jar target/cchc-rollup.jar sample [--output THƯ_MỤC]

            Tạo bộ báo cáo minh họa (45 đơn vị, Quý I/2026, 6 tháng đầu năm 2026 và Quý II/2026, đủ ba dạng bảng
            và ba loại tệp Excel/CSV, vài báo cáo bằng Word, kèm một số lỗi cố ý) vào THƯ_MỤC (mặc định: input/reports).
            Cùng một phiên bản luôn tạo ra cùng một bộ tệp.
            """;

    private SampleCommand() {
    }

    static int execute(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("output"), Set.of("help"));
        if (a.has("help")) {
            out.print(HELP);
            return 0;
        }
        Path folder = a.path("output", "input/reports");
        List<String> manifest = SampleGenerator.generate(PlanLoader.builtIn(),
                List.of(Period.quarter(2026, 1), Period.half(2026, 1), Period.quarter(2026, 2)), folder, SEED);
        out.println("Đã tạo báo cáo mẫu trong " + folder);
        manifest.forEach(line -> out.println("  " + line));
        return 0;
    }
}
