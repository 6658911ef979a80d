package vn.cchc.rollup.job;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import vn.cchc.rollup.CchcRollupApplication;
import javax.sql.DataSource;
import vn.cchc.rollup.store.ReportStore;
import vn.cchc.rollup.store.RunLock;

/** {@code run}: one consolidation run over the input folder. */
final class RunCommand {

    static final String HELP = """
            Cách dùng: java -jar target/cchc-rollup.jar run [--input THƯ_MỤC] [--output THƯ_MỤC] [--data THƯ_MỤC]
                       [--db-url URL_JDBC --db-user TÊN --db-password MẬT_KHẨU]

            Đọc các báo cáo trong <input>/reports/, đối chiếu với kế hoạch trong <input>/plans/
            (nếu không có: kế hoạch mặc định đóng gói sẵn), chấm điểm, tổng hợp và ghi kết quả vào <output>/.

              --input   thư mục đầu vào, chứa reports/ và (tùy chọn) plans/   (mặc định: input)
              --output  thư mục kết quả                                    (mặc định: output)
              --data    thư mục cơ sở dữ liệu H2 và nhật ký                 (mặc định: data)
              --db-url  dùng máy chủ PostgreSQL thay cho H2, ví dụ jdbc:postgresql://127.0.0.1:5432/cchc
              --db-user, --db-password  tài khoản của cơ sở dữ liệu đó

            Mã thoát: 0 khi chạy xong (kể cả khi có dòng bị từ chối, xem <output>/rejects.csv);
            khác 0 khi lần chạy thất bại.
            """;

    private RunCommand() {
    }

    static int execute(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("input", "output", "data", "db-url", "db-user", "db-password"),
                Set.of("help"));
        if (a.has("help")) {
            out.print(HELP);
            return 0;
        }
        Path input = a.path("input", "input");
        Path output = a.path("output", "output");
        Path data = a.path("data", "data");
        if (!input.resolve("reports").toFile().isDirectory()) {
            err.println("Lỗi: không có thư mục báo cáo " + input.resolve("reports"));
            return 1;
        }
        try (ConfigurableApplicationContext context = start(data, database(a));
             RunLock lock = RunLock.tryAcquire(context.getBean(DataSource.class))) {
            if (!lock.acquired()) {
                err.println("Lỗi: một lần chạy tổng hợp khác đang diễn ra trên cùng cơ sở dữ liệu; hãy chạy lại sau khi lần đó kết thúc.");
                return 3;
            }
            JobOperator operator = context.getBean(JobOperator.class);
            Job job = context.getBean(ConsolidationJobConfig.JOB_NAME + "Job", Job.class);
            JobParameters parameters = new JobParametersBuilder()
                    .addString(RunFolders.INPUT, input.toString())
                    .addString(RunFolders.OUTPUT, output.toString())
                    .addLong("run", System.currentTimeMillis())
                    .toJobParameters();
            JobExecution execution = operator.start(job, parameters);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                String reason = execution.getAllFailureExceptions().stream().findFirst()
                        .map(Throwable::getMessage).orElse(execution.getExitStatus().getExitDescription());
                err.println("Lỗi: lần chạy thất bại: " + reason);
                return 1;
            }
            RunSummary.of(execution, context.getBean(ReportStore.class), output).print(out);
            return 0;
        }
    }

    static ConfigurableApplicationContext start(Path data) {
        return start(data, new String[0]);
    }

    /** @param springArgs {@code --spring.x=y} options, which take precedence over application.properties */
    static ConfigurableApplicationContext start(Path data, String[] springArgs) {
        SpringApplication app = new SpringApplication(CchcRollupApplication.class);
        app.setDefaultProperties(Map.of("cchc.data", data.toString().replace('\\', '/')));
        return app.run(springArgs);
    }

    /** The database options as Spring properties; none when the run uses the H2 file in --data. */
    private static String[] database(Arguments a) {
        java.util.List<String> properties = new java.util.ArrayList<>();
        if (a.has("db-url")) {
            properties.add("--spring.datasource.url=" + a.get("db-url", ""));
            // without --db-user the URL may carry the account (?user=...&password=...)
            properties.add("--spring.datasource.username=" + a.get("db-user", ""));
            properties.add("--spring.datasource.password=" + a.get("db-password", ""));
        }
        return properties.toArray(String[]::new);
    }
}
