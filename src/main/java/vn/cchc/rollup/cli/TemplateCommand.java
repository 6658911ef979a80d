package vn.cchc.rollup.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.normalize.PeriodParser;
import vn.cchc.rollup.task.PlanExtras;
import vn.cchc.rollup.task.TaskCatalogue;
import vn.cchc.rollup.template.TemplateDocxWriter;
import vn.cchc.rollup.template.TemplateWriter;

/** {@code template}: blank report workbooks (or Word forms) for agencies to fill in. */
final class TemplateCommand {

    static final String HELP = """
            Cách dùng: java -jar target/cchc-rollup.jar template (--agency MÃ_ĐƠN_VỊ | --all) --period KỲ
                       [--format xlsx|docx] [--input THƯ_MỤC] [--output THƯ_MỤC]

            Tạo mẫu báo cáo Excel trống: tiêu đề, các chỉ tiêu áp dụng cho đơn vị với đơn vị tính và
            chỉ tiêu kế hoạch, ô nhập liệu được mở khóa và kiểm tra dữ liệu, cột ghi chú.
            Với --format docx: mẫu báo cáo Word (.docx) cho đơn vị báo cáo bằng văn bản: quốc hiệu, tiêu đề,
            bảng chỉ tiêu với đơn vị tính và chỉ tiêu kế hoạch, ô kết quả để trống (tô màu).

              --agency  mã, tên hoặc tên viết tắt của đơn vị (ví dụ SO-NOIVU, "Sở Nội vụ")
              --all     tạo cho tất cả đơn vị trong danh mục
              --period  kỳ báo cáo, ví dụ 2026-Q1, "Quý I/2026", "6 tháng đầu năm 2026", 2026
              --format  xlsx (mặc định) hoặc docx
              --input   thư mục đầu vào có plans/ (mặc định: input; không có thì dùng kế hoạch mặc định)
              --output  thư mục ghi mẫu (mặc định: output/mau-bao-cao)
            """;

    private TemplateCommand() {
    }

    static int execute(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("agency", "period", "format", "input", "output"), Set.of("all", "help"));
        if (a.has("help")) {
            out.print(HELP);
            return 0;
        }
        if (!a.has("period") || a.has("agency") == a.has("all")) {
            throw new Arguments.UsageException("cần --period và một trong --agency hoặc --all");
        }
        Optional<Period> period = PeriodParser.parse(a.get("period", ""));
        if (period.isEmpty()) {
            throw new Arguments.UsageException("không đọc được kỳ báo cáo \"" + a.get("period", "") + "\"");
        }
        String format = a.get("format", "xlsx").toLowerCase(java.util.Locale.ROOT);
        if (!format.equals("xlsx") && !format.equals("docx")) {
            throw new Arguments.UsageException("--format chỉ nhận xlsx hoặc docx, không phải \"" + format + "\"");
        }
        Path plans = a.path("input", "input").resolve("plans");
        Plan plan = PlanLoader.load(plans);
        TaskCatalogue tasks = PlanExtras.load(plans).tasks();
        List<Agency> agencies;
        if (a.has("all")) {
            agencies = plan.agencies();
        } else {
            agencies = List.of(plan.findAgency(a.get("agency", "")).orElseThrow(() ->
                    new Arguments.UsageException("không có đơn vị \"" + a.get("agency", "") + "\" trong danh mục")));
        }
        Path folder = a.path("output", "output/mau-bao-cao");
        Files.createDirectories(folder);
        for (Agency agency : agencies) {
            Path file;
            if (format.equals("docx")) {
                file = folder.resolve(TemplateDocxWriter.fileName(agency, period.get()));
                TemplateDocxWriter.write(plan, agency, period.get(), file);
            } else {
                file = folder.resolve(TemplateWriter.fileName(agency, period.get()));
                TemplateWriter.write(plan, agency, period.get(), tasks.tasksFor(agency), file);
            }
            out.println("Đã tạo " + file);
        }
        return 0;
    }
}
