package vn.cchc.rollup.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.ArrayList;
import vn.cchc.rollup.job.JobRunner;
import vn.cchc.rollup.job.RunRequest;
import vn.cchc.rollup.ops.RunLock;

/** {@code run}: one consolidation run over the input folder. */
public final class RunCommand {

    static final String HELP = """
            Cách dùng: java -jar target/cchc-rollup.jar run [--input THƯ_MỤC] [--output THƯ_MỤC] [--data THƯ_MỤC]
                       [--stable-seconds N] [--periods KỲ,KỲ]
                       [--db-url URL_JDBC --db-user TÊN --db-password MẬT_KHẨU]

            Đọc các báo cáo trong <input>/reports/, đối chiếu với kế hoạch trong <input>/plans/
            (nếu không có: kế hoạch mặc định đóng gói sẵn), chấm điểm, tổng hợp và ghi kết quả vào <output>/.

              --input           thư mục đầu vào, chứa reports/ và (tùy chọn) plans/   (mặc định: input)
              --output          thư mục kết quả                                    (mặc định: output)
              --data            thư mục cơ sở dữ liệu H2, khóa chạy và nhật ký      (mặc định: data)
              --stable-seconds  tệp vừa sao chép hoặc sửa trong N giây gần đây: lệnh run chờ tới khi
                                tệp đó để yên đủ N giây rồi đọc (chờ tối đa 5 phút); lần chạy theo lịch
                                (serve) để tệp đó chờ lần chạy sau (mặc định: 10)
              --periods         chỉ xuất các kỳ này, ví dụ 2026-Q1,2026-H1          (mặc định: mọi kỳ có số liệu)
              --db-url          dùng máy chủ PostgreSQL thay cho H2, ví dụ jdbc:postgresql://127.0.0.1:5432/cchc
              --db-user, --db-password  tài khoản của cơ sở dữ liệu đó

            Mỗi lần chỉ một lần chạy trên một thư mục dữ liệu. Lần chạy bị ngắt giữa chừng (mất điện, kill)
            được lần chạy sau tự động chạy tiếp. Nhật ký: <data>/logs/cchc-rollup.log.

            Mã thoát: 0 khi chạy xong (kể cả khi có dòng bị từ chối, xem <output>/rejects.csv);
            3 khi một lần chạy khác đang giữ thư mục dữ liệu; khác 0 khi lần chạy thất bại.
            """;

    /** The exit code when another run holds the data folder or the shared database. */
    public static final int LOCKED = 3;

    private RunCommand() {
    }

    static int execute(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("input", "output", "data", "stable-seconds", "periods",
                "db-url", "db-user", "db-password"), Set.of("help"));
        if (a.has("help")) {
            out.print(HELP);
            return 0;
        }
        Duration quiet = null;
        if (a.has("stable-seconds")) {
            try {
                quiet = Duration.ofSeconds(Long.parseLong(a.get("stable-seconds", "").strip()));
            } catch (NumberFormatException e) {
                throw new Arguments.UsageException("--stable-seconds cần một số giây");
            }
        }
        List<String> periods = a.has("periods")
                ? Arrays.stream(a.get("periods", "").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                : List.of();
        RunRequest request = new RunRequest(a.path("input", "input"), a.path("output", "output"), a.path("data", "data"),
                quiet, periods, database(a));
        return runAndReport(request, "run", true, out, err);
    }

    /**
     * Runs the job and tells the analyst how it went; shared by {@code run} and {@code serve}.
     *
     * @param waitForCopies a run started by hand right after copying files in waits for them to
     *                      settle and reads them; a scheduled run leaves them to the next run
     */
    static int runAndReport(RunRequest request, String command, boolean waitForCopies, PrintStream out, PrintStream err)
            throws Exception {
        Path reports = request.input().resolve("reports");
        if (!reports.toFile().isDirectory()) {
            err.println("Lỗi: không có thư mục báo cáo " + reports);
            return 1;
        }
        JobRunner.Outcome outcome;
        try {
            outcome = JobRunner.run(request, command, waitForCopies ? (files, quiet) -> out.println("Đang chờ " + files
                    + " tệp vừa sao chép để yên đủ " + quiet.toSeconds() + " giây rồi mới đọc…") : null);
        } catch (RunLock.HeldException e) {
            err.println("Lỗi: không chạy được vì " + e.getMessage() + ". Hãy chờ lần chạy đó kết thúc.");
            return LOCKED;
        } catch (JobRunner.DatabaseBusyException e) {
            err.println("Lỗi: một lần chạy tổng hợp khác đang diễn ra trên cùng cơ sở dữ liệu; hãy chạy lại sau khi lần đó kết thúc.");
            return LOCKED;
        }
        if (outcome.restarted()) {
            out.println("Đã chạy tiếp lần chạy bị ngắt giữa chừng trước đó.");
        }
        if (outcome.stopped()) {
            err.println("Đã dừng theo yêu cầu sau bước đang chạy; lần chạy sau sẽ chạy tiếp phần còn lại.");
            return 1;
        }
        if (!outcome.completed()) {
            err.println("Lỗi: lần chạy không hoàn tất (" + outcome.execution().getStatus() + "): " + outcome.failure());
            return 1;
        }
        if (outcome.unchanged()) {
            out.println("Không có tệp mới, tệp sửa hay tệp bị gỡ, kế hoạch không đổi từ lần chạy trước: kết quả giữ nguyên.");
        }
        outcome.summary().print(out);
        return 0;
    }

    /** The database options as Spring properties; none when the run uses the H2 file in --data. */
    private static List<String> database(Arguments a) {
        List<String> properties = new ArrayList<>();
        if (a.has("db-url")) {
            properties.add("--spring.datasource.url=" + a.get("db-url", ""));
            // without --db-user the URL may carry the account (?user=...&password=...)
            properties.add("--spring.datasource.username=" + a.get("db-user", ""));
            properties.add("--spring.datasource.password=" + a.get("db-password", ""));
        }
        return properties;
    }
}
