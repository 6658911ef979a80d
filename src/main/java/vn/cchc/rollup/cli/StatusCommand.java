package vn.cchc.rollup.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import vn.cchc.rollup.job.IntakeCounts;
import vn.cchc.rollup.job.JobRunner;
import vn.cchc.rollup.job.RunHistory;
import vn.cchc.rollup.ops.LockInfo;
import vn.cchc.rollup.ops.RunLock;

/** {@code status}: the last runs, newest first, and the run in progress if there is one. */
final class StatusCommand {

    static final String HELP = """
            Cách dùng: java -jar target/cchc-rollup.jar status [--data THƯ_MỤC] [--limit N]

            Liệt kê N lần chạy gần nhất (mặc định 10), mới nhất trước: bắt đầu, kết thúc, thời gian chạy,
            kết quả, số tệp (mới, thay đổi, không đổi, đã gỡ, chờ lần sau), số liệu được chấp nhận và số
            dòng bị từ chối. Khi đang có lần chạy, cho biết lần chạy đó (máy, PID, từ lúc nào).

            Kết quả: HOÀN TẤT; THẤT BẠI (xem nhật ký <data>/logs/); ĐÃ DỪNG (dừng theo yêu cầu, lần chạy
            sau chạy tiếp); BỊ NGẮT (tiến trình bị tắt đột ngột, lần chạy sau tự chạy tiếp).
            """;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private StatusCommand() {
    }

    static int execute(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("data", "limit"), Set.of("help"));
        if (a.has("help")) {
            out.print(HELP);
            return 0;
        }
        Path data = a.path("data", "data");
        int limit;
        try {
            limit = Integer.parseInt(a.get("limit", "10"));
        } catch (NumberFormatException e) {
            throw new Arguments.UsageException("--limit cần một số");
        }
        Optional<LockInfo> holder = RunLock.holder(data);
        if (holder.isPresent()) {
            out.println("Đang chạy: " + RunLock.describe(holder.get()) + ".");
            out.println("Lịch sử các lần chạy xem được khi lần chạy này kết thúc.");
            return 0;
        }
        if (!data.resolve("cchc.mv.db").toFile().exists()) {
            out.println("Chưa có lần chạy nào (không có cơ sở dữ liệu trong " + data + ").");
            return 0;
        }
        // holding the lock keeps a run from starting while the database is open here
        try (RunLock lock = RunLock.acquire(data, "status");
             ConfigurableApplicationContext context = JobRunner.startContext(data)) {
            print(RunHistory.load(context.getBean(JobRepository.class), limit), out);
        } catch (RunLock.HeldException e) {
            out.println("Đang chạy: " + e.getMessage() + ".");
        }
        return 0;
    }

    static void print(RunHistory history, PrintStream out) {
        if (history.entries().isEmpty()) {
            out.println("Chưa có lần chạy nào.");
            return;
        }
        out.println("Các lần chạy gần nhất (mới nhất trước):");
        out.printf("%-5s %-19s %-19s %-9s %-10s %-40s %-9s %s%n", "Số", "Bắt đầu", "Kết thúc", "Thời gian", "Kết quả",
                "Tệp: mới/thay đổi/không đổi/đã gỡ/chờ", "Số liệu", "Từ chối");
        for (RunHistory.Entry e : history.entries()) {
            IntakeCounts in = e.intake();
            out.printf("%-5d %-19s %-19s %-9s %-10s %-40s %-9s %s%n", e.id(),
                    e.start() == null ? "-" : TIME.format(e.start()),
                    e.end() == null ? "-" : TIME.format(e.end()),
                    duration(e.duration()), outcome(e.status()),
                    in == null ? "-" : "%d: %d/%d/%d/%d/%d".formatted(in.found(), in.added(), in.changed(), in.unchanged(),
                            in.removed(), in.waiting()),
                    e.facts() == null ? "-" : e.facts(), e.rejects() == null ? "-" : e.rejects());
        }
    }

    static String outcome(String status) {
        return switch (status) {
            case "COMPLETED" -> "HOÀN TẤT";
            case "FAILED" -> "THẤT BẠI";
            case "STOPPED", "STOPPING" -> "ĐÃ DỪNG";
            case "STARTED", "STARTING" -> "BỊ NGẮT";
            case "ABANDONED" -> "BỎ QUA";
            default -> status;
        };
    }

    private static String duration(Duration d) {
        if (d == null) {
            return "-";
        }
        long s = d.toSeconds();
        return "%d:%02d:%02d".formatted(s / 3600, s % 3600 / 60, s % 60);
    }
}
