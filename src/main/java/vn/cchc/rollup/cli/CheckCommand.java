package vn.cchc.rollup.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.ReportFolder;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.read.ParsedReport;
import vn.cchc.rollup.read.ReadExplanation;
import vn.cchc.rollup.read.ReportParser;
import vn.cchc.rollup.validate.Warning;

/**
 * {@code check FILE…}: a dry run for analysts. Reads each file as the nightly run would and prints
 * what it found and every problem; stores and writes nothing.
 */
final class CheckCommand {

    static final String HELP = """
            Cách dùng: java -jar target/cchc-rollup.jar check TỆP... [--input THƯ_MỤC] [--explain]

            Kiểm tra thử các tệp báo cáo trước lần chạy tổng hợp: với mỗi tệp, in dạng bảng tìm thấy,
            đơn vị, kỳ báo cáo, ngày báo cáo, từng số liệu sẽ được nhận (kèm ô), và từng lỗi. Tệp nằm
            trong THƯ_MỤC/reports được đọc cả tên các thư mục chứa nó, như lần chạy tổng hợp đọc.
            Không lưu gì vào cơ sở dữ liệu, không ghi tệp nào.

              --input   thư mục đầu vào có plans/ (mặc định: input; không có thì dùng kế hoạch mặc định)
              --explain in thêm cách đọc từng trang: các dòng tiêu đề bảng, vai trò của từng cột và lý do,
                        nơi tìm thấy đơn vị và kỳ báo cáo, và với mỗi dòng không nhận ra chỉ tiêu, các chỉ
                        tiêu gần nhất kèm độ giống (0–1) để sửa tệp hoặc thêm tên khác (aliases) vào kế hoạch

            Mã thoát: 0 khi mọi tệp được nhận toàn bộ; 1 khi có tệp hoặc dòng bị từ chối.
            """;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CheckCommand() {
    }

    static int execute(List<String> args, PrintStream out, PrintStream err) {
        Arguments a = Arguments.parse(args, Set.of("input"), Set.of("help", "explain"));
        if (a.has("help")) {
            out.print(HELP);
            return 0;
        }
        if (a.positional().isEmpty()) {
            throw new Arguments.UsageException("cần ít nhất một tệp báo cáo để kiểm tra");
        }
        Path input = a.path("input", "input");
        Plan plan = PlanLoader.load(input.resolve("plans"));
        ReportFolder reports = new ReportFolder(input.resolve("reports"));
        ReportParser parser = new ReportParser(plan);
        boolean allAccepted = true;
        for (String name : a.positional()) {
            Path file = Path.of(name).toAbsolutePath().normalize();
            if (!Files.exists(file)) {
                out.println("== " + name);
                out.println("   Lỗi: không có tệp này");
                allAccepted = false;
                continue;
            }
            // a file already in reports/ is read with its folders, as the run reads it ("Xã Đức Thọ/bc.xlsx")
            String relative = file.startsWith(reports.root()) ? reports.relative(file) : file.getFileName().toString();
            ReadExplanation explanation = new ReadExplanation();
            ParsedReport report = a.has("explain")
                    ? parser.explain(file, relative, explanation)
                    : parser.parse(file, relative);
            print(report, name, plan, out);
            if (a.has("explain")) {
                out.println("   Cách đọc:");
                explanation.lines().forEach(line -> out.println("   " + line));
                out.println();
            }
            boolean letter = report.rejectedWhole() && report.rejects().isEmpty();
            allAccepted &= report.rejects().isEmpty() && (!report.facts().isEmpty() || letter);
        }
        return allAccepted ? 0 : 1;
    }

    private static void print(ParsedReport report, String name, Plan plan, PrintStream out) {
        out.println("== " + name);
        if (report.rejectedWhole() && report.rejects().isEmpty()) {
            out.println("   Văn bản không có bảng số liệu (công văn, thuyết minh): không có số liệu để nhận, không phải lỗi");
            out.println();
            return;
        }
        if (report.rejectedWhole()) {
            out.println("   Tệp bị từ chối:");
            report.rejects().forEach(r -> out.println("   ✗ [" + r.reason().label() + "] " + r.message()));
            out.println();
            return;
        }
        Set<String> agencies = new LinkedHashSet<>();
        Set<String> periods = new LinkedHashSet<>();
        for (Fact fact : report.facts()) {
            agencies.add(plan.agency(fact.agencyCode()).map(Agency::name).orElse(fact.agencyCode())
                    + " (" + fact.agencyCode() + ")");
            periods.add(fact.period().label() + " (" + fact.period().code() + ")");
        }
        out.println("   Dạng bảng: " + report.layout().label());
        // named from the accepted values: with none, the rejects below say what was missing
        String none = "— (không có số liệu nào được nhận, xem lỗi bên dưới)";
        out.println("   Đơn vị: " + (agencies.isEmpty() ? none : String.join("; ", agencies)));
        out.println("   Kỳ báo cáo: " + (periods.isEmpty() ? none : String.join("; ", periods)));
        out.println("   Ngày báo cáo: " + (report.reportDate() == null ? "không ghi" : DATE.format(report.reportDate())));
        out.println("   Số liệu sẽ nhận: " + report.facts().size());
        for (Fact fact : report.facts()) {
            out.println("   ✓ " + fact.source().location() + "  " + fact.agencyCode() + "  " + fact.period().code()
                    + "  " + fact.indicatorCode() + " = " + value(fact));
        }
        out.println("   Lỗi: " + report.rejects().size());
        for (Reject reject : report.rejects()) {
            out.println("   ✗ " + reject.source().location() + "  [" + reject.reason().label() + "] " + reject.message());
        }
        for (Warning warning : report.warnings()) {
            out.println("   ⚠ " + warning.source().location() + "  [" + warning.rule().label() + "] " + warning.message());
        }
        out.println();
    }

    private static String value(Fact fact) {
        String value = plain(fact.value());
        return fact.hasRatio() ? value + " (" + plain(fact.numerator()) + "/" + plain(fact.denominator()) + ")" : value;
    }

    private static String plain(BigDecimal n) {
        BigDecimal rounded = n.scale() > 2 ? n.setScale(2, java.math.RoundingMode.HALF_UP) : n;
        return rounded.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
