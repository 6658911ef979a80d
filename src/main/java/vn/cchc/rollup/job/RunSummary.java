package vn.cchc.rollup.job;

import java.io.PrintStream;
import java.nio.file.Path;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import vn.cchc.rollup.store.ReportStore;

/** What a completed run tells the analyst on the console, in Vietnamese. */
public record RunSummary(IntakeCounts intake, long facts, long rejects, int rejectedFiles, String periods, Path output) {

    static RunSummary of(JobExecution execution, ReportStore store, Path output) {
        ExecutionContext context = execution.getExecutionContext();
        IntakeCounts intake = IntakeCounts.from(context);
        String periods = context.containsKey(PublishTasklet.PERIODS) ? context.getString(PublishTasklet.PERIODS) : "";
        // the publish step counted them; the store answers for an execution that did not record them
        long facts = context.containsKey(PublishTasklet.FACTS) ? context.getInt(PublishTasklet.FACTS)
                : store.effectiveFacts().size();
        long rejects = context.containsKey(PublishTasklet.REJECTS) ? context.getInt(PublishTasklet.REJECTS)
                : store.activeRejects().size();
        return new RunSummary(intake, facts, rejects, store.rejectedFileCount(), periods, output);
    }

    public void print(PrintStream out) {
        out.printf("Hoàn tất. Tệp báo cáo: %d (mới %d, thay đổi %d, không đổi %d, đã gỡ %d, chờ lần sau %d).%n",
                intake.found(), intake.added(), intake.changed(), intake.unchanged(), intake.removed(), intake.waiting());
        if (intake.waiting() > 0) {
            out.printf("%d tệp đang được sao chép/sửa hoặc là tệp tạm: sẽ được đọc ở lần chạy sau (xem nhật ký).%n",
                    intake.waiting());
        }
        out.printf("Số liệu được chấp nhận: %d; bị từ chối: %d (xem %s).%n", facts, rejects, output.resolve("rejects.csv"));
        if (rejectedFiles > 0) {
            out.printf("Trong đó %d tệp không nhận được số liệu nào (cả tệp bị từ chối).%n", rejectedFiles);
        }
        if (periods.isEmpty()) {
            out.println("Chưa có kỳ báo cáo nào có số liệu.");
            return;
        }
        for (String period : periods.split(",")) {
            out.printf("Kỳ %s: %s%n", period, output.resolve(period).resolve("Tong-hop-CCHC-" + period + ".xlsx"));
        }
    }
}
