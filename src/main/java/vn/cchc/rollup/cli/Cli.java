package vn.cchc.rollup.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The command line: {@code run}, {@code template}, {@code sample}, {@code status}, {@code serve}. */
public final class Cli {

    static final String HELP = """
            cchc-rollup: tổng hợp báo cáo cải cách hành chính của các Sở, ban, ngành và xã, phường.

            Cách dùng: java -jar target/cchc-rollup.jar LỆNH [TÙY CHỌN]

              run        đọc báo cáo trong input/reports/, chấm điểm, tổng hợp, ghi kết quả vào output/
              template   tạo mẫu báo cáo Excel trống cho một đơn vị hoặc tất cả đơn vị
              sample     tạo bộ báo cáo mẫu (dữ liệu minh họa) vào input/reports/
              check      kiểm tra thử các tệp báo cáo (không lưu gì): số liệu sẽ nhận và lỗi
              status     xem các lần chạy gần đây và lần chạy đang diễn ra
              serve      chạy theo lịch trong jobs/ (ví dụ mỗi đêm lúc 2 giờ) cho tới khi bị dừng

            Xem hướng dẫn từng lệnh: java -jar target/cchc-rollup.jar LỆNH --help
            """;

    private Cli() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(Arrays.asList(args), out, err));
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            out.print(HELP);
            return args.isEmpty() ? 2 : 0;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.get(0)) {
                case "run" -> RunCommand.execute(rest, out, err);
                case "template" -> TemplateCommand.execute(rest, out, err);
                case "sample" -> SampleCommand.execute(rest, out, err);
                case "check" -> CheckCommand.execute(rest, out, err);
                case "status" -> StatusCommand.execute(rest, out, err);
                case "serve" -> ServeCommand.execute(rest, out, err);
                case "bench" -> vn.cchc.rollup.bench.BenchCommand.execute(rest, out, err);
                default -> {
                    err.println("Lỗi: không có lệnh \"" + args.get(0) + "\". Xem --help.");
                    yield 2;
                }
            };
        } catch (Arguments.UsageException e) {
            err.println("Lỗi: " + e.getMessage() + ". Xem " + args.get(0) + " --help.");
            return 2;
        } catch (Exception e) {
            err.println("Lỗi: " + oneLine(e));
            return 1;
        }
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
