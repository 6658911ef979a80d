package vn.cchc.rollup.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import vn.cchc.rollup.job.RunRequest;
import vn.cchc.rollup.ops.JobDefinition;
import vn.cchc.rollup.ops.JobScheduler;

/** {@code serve}: runs the jobs of jobs/*.properties on their schedules, in the foreground, until stopped. */
final class ServeCommand {

    static final String HELP = """
            Cách dùng: java -jar target/cchc-rollup.jar serve [--jobs THƯ_MỤC]

            Đọc các định nghĩa công việc THƯ_MỤC/*.properties (mặc định: jobs) và chạy mỗi công việc theo
            lịch cron của nó (mặc định mỗi đêm lúc 2 giờ, giờ Việt Nam), cho tới khi bị dừng.
            Dừng bằng Ctrl+C hoặc SIGTERM (systemctl stop): lần chạy đang diễn ra dừng sau bước hiện tại
            và được chạy tiếp ở lần sau. Xem jobs/nightly.properties và jobs/cchc-rollup.service.
            """;

    private ServeCommand() {
    }

    static int execute(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("jobs"), Set.of("help"));
        if (a.has("help")) {
            out.print(HELP);
            return 0;
        }
        Path folder = a.path("jobs", "jobs");
        List<JobDefinition> definitions = JobDefinition.loadAll(folder);
        if (definitions.isEmpty()) {
            err.println("Lỗi: không có định nghĩa công việc nào (*.properties) trong " + folder);
            return 1;
        }
        JobScheduler scheduler = new JobScheduler(definitions, launcher(out, err));
        for (JobDefinition d : definitions) {
            out.printf("Công việc %s: lịch \"%s\" (%s), đầu vào %s, kết quả %s, dữ liệu %s%n", d.name(), d.cron(),
                    d.zone(), d.input(), d.output(), d.data());
        }
        out.println("Đang chờ tới giờ chạy. Dừng bằng Ctrl+C hoặc SIGTERM.");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            scheduler.close();
            stopped.countDown();
        }, "serve-stop"));
        stopped.await();
        return 0;
    }

    /** Runs one definition as {@code run} would, with the definition's folders and periods. */
    static JobScheduler.Launch launcher(PrintStream out, PrintStream err) {
        return d -> RunCommand.runAndReport(new RunRequest(d.input(), d.output(), d.data(), d.quietPeriod(), d.periods()),
                "serve " + d.name(), false, out, err);
    }
}
