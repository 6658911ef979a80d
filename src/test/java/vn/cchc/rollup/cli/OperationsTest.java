package vn.cchc.rollup.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.rollup.testing.GridFiles.row;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.ops.JobDefinition;
import vn.cchc.rollup.ops.JobScheduler;
import vn.cchc.rollup.ops.RunLock;
import vn.cchc.rollup.testing.GridFiles;

/** The operations side of the real job, in process: waiting files, stale periods, status, log sheet, lock, scheduler. */
class OperationsTest {

    @TempDir
    Path root;
    Path input;
    Path reports;
    Path output;
    Path data;
    String out;
    String err;

    @BeforeEach
    void writeReports() throws Exception {
        input = root.resolve("input");
        reports = Files.createDirectories(input.resolve("reports"));
        output = root.resolve("output");
        data = root.resolve("data");
        writeLong(reports.resolve("q1.csv"), "Quý I/2026", 90);
        writeLong(reports.resolve("h1.csv"), "6 tháng đầu năm 2026", 80);
        age(reports.resolve("q1.csv"));
        age(reports.resolve("h1.csv"));
    }

    @Test
    void aRunByHandRightAfterCopyingWaitsForTheCopiesThenReadsThem() throws Exception {
        Path elsewhere = Files.createDirectories(root.resolve("usb"));
        writeLong(elsewhere.resolve("q1-bo-sung.csv"), "Quý I/2026", 95);
        writeLong(elsewhere.resolve("h1-bo-sung.csv"), "6 tháng đầu năm 2026", 85);
        Files.copy(elsewhere.resolve("q1-bo-sung.csv"), reports.resolve("q1-bo-sung.csv"));
        Files.copy(elsewhere.resolve("h1-bo-sung.csv"), reports.resolve("h1-bo-sung.csv"));
        Files.writeString(reports.resolve("~$q1.xlsx"), "owner file"); // an open workbook's lock: never read

        // long enough that the copies are still fresh once the application has started
        assertThat(cli("run", "--stable-seconds", "15")).isZero();
        assertThat(out.lines().filter(l -> l.startsWith("Đang chờ")).toList())
                .containsExactly("Đang chờ 2 tệp vừa sao chép để yên đủ 15 giây rồi mới đọc…");
        assertThat(out).contains("Tệp báo cáo: 4 (mới 4, thay đổi 0, không đổi 0, đã gỡ 0, chờ lần sau 1)");
        assertThat(Files.readString(output.resolve("2026-Q1/facts.csv"))).contains("q1-bo-sung.csv");
        assertThat(Files.readString(output.resolve("2026-H1/facts.csv"))).contains("h1-bo-sung.csv");
    }

    @Test
    void aRunByHandWithNothingJustCopiedDoesNotWait() throws Exception {
        assertThat(cli("run", "--stable-seconds", "60")).isZero();
        assertThat(out).doesNotContain("Đang chờ").contains("Tệp báo cáo: 2 (mới 2");
    }

    @Test
    void theScheduledRunLeavesAFileStillBeingWrittenToTheNextRun() throws Exception {
        writeLong(reports.resolve("q1-bo-sung.csv"), "Quý I/2026", 95);
        Files.writeString(reports.resolve("~$q1.xlsx"), "owner file");
        age(reports.resolve("~$q1.xlsx"));
        JobDefinition nightly = new JobDefinition("dem", "0 0 2 * * *", JobDefinition.DEFAULT_ZONE, input, output, data,
                List.of(), Duration.ofSeconds(60));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(console, true, StandardCharsets.UTF_8);

        assertThat(ServeCommand.launcher(print, print).run(nightly)).isZero();
        assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain("Đang chờ")
                .contains("Tệp báo cáo: 2 (mới 2, thay đổi 0, không đổi 0, đã gỡ 0, chờ lần sau 2)");
        assertThat(Files.readString(output.resolve("2026-Q1/facts.csv"))).doesNotContain("q1-bo-sung.csv");

        age(reports.resolve("q1-bo-sung.csv"));
        assertThat(ServeCommand.launcher(print, print).run(nightly)).isZero();
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("mới 1, thay đổi 0, không đổi 2, đã gỡ 0, chờ lần sau 1");
        assertThat(Files.readString(output.resolve("2026-Q1/facts.csv"))).contains("q1-bo-sung.csv");
    }

    @Test
    void aPeriodWithoutDataLosesItsFolderAndTheWorkbookNamesItsRun() throws Exception {
        assertThat(cli("run")).isZero();
        assertThat(output.resolve("2026-H1/facts.csv")).exists();
        try (Workbook workbook = WorkbookFactory.create(output.resolve("2026-Q1/Tong-hop-CCHC-2026-Q1.xlsx").toFile(), null, true)) {
            Sheet log = workbook.getSheet("Nhật ký");
            assertThat(log).isNotNull();
            DataFormatter f = new DataFormatter();
            // under the sheet's title rows; hidden, so that it does not print with the summary
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex(log))).isTrue();
            assertThat(f.formatCellValue(log.getRow(4).getCell(0))).isEqualTo("Lần chạy số");
            assertThat(f.formatCellValue(log.getRow(7).getCell(1))).isEqualTo(input.toAbsolutePath().normalize().toString());
            assertThat(f.formatCellValue(log.getRow(8).getCell(0))).isEqualTo("Tệp báo cáo đã đọc được");
            assertThat(log.getRow(8).getCell(1).getNumericCellValue()).isEqualTo(2.0);
        }

        Files.delete(reports.resolve("h1.csv"));
        assertThat(cli("run")).isZero();
        assertThat(out).contains("đã gỡ 1");
        assertThat(output.resolve("2026-H1")).doesNotExist();
        assertThat(output.resolve("2026-Q1/facts.csv")).exists();
        try (var entries = Files.list(output)) {
            // no staging or old folder left; the list of what each output was made from stays
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith(".") && !n.equals(vn.cchc.rollup.publish.PublishedKeys.FILE));
        }
    }

    @Test
    void onlyTheRequestedPeriodsArePublished() throws Exception {
        assertThat(cli("run", "--periods", "2026-H1")).isZero();
        assertThat(output.resolve("2026-H1/facts.csv")).exists();
        assertThat(output.resolve("2026-Q1")).doesNotExist();
    }

    @Test
    void statusListsTheLastRunsWithTheirCounts() throws Exception {
        assertThat(cli("status", "--data", data.toString())).isZero();
        assertThat(out).contains("Chưa có lần chạy nào");

        assertThat(cli("run")).isZero();
        Files.delete(reports.resolve("h1.csv"));
        assertThat(cli("run")).isZero();
        assertThat(cli("status", "--data", data.toString())).isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines.get(0)).contains("Các lần chạy gần nhất");
        assertThat(lines).hasSize(4);
        // newest first: the second run removed a file and read nothing
        assertThat(lines.get(2)).contains("HOÀN TẤT").contains("1: 0/0/1/1/0");
        assertThat(lines.get(3)).contains("HOÀN TẤT").contains("2: 2/0/0/0/0");
        assertThat(lines.get(2).split("\\s+")[0]).isGreaterThan(lines.get(3).split("\\s+")[0]);
    }

    @Test
    void aRunRefusesToStartWhileAnotherHoldsTheDataFolder() throws Exception {
        try (RunLock held = RunLock.acquire(data, "serve nightly")) {
            assertThat(cli("run")).isEqualTo(RunCommand.LOCKED);
            assertThat(err).contains("đang có một lần chạy khác giữ thư mục dữ liệu")
                    .contains("lệnh \"serve nightly\"").contains("PID " + ProcessHandle.current().pid());
            assertThat(cli("status", "--data", data.toString())).isZero();
            assertThat(out).startsWith("Đang chạy: lệnh \"serve nightly\"");
        }
        assertThat(output).doesNotExist();
    }

    @Test
    void theSchedulerFiresAJobFromItsDefinition() throws Exception {
        Path jobs = Files.createDirectories(root.resolve("jobs"));
        Files.writeString(jobs.resolve("thu.properties"), """
                cron=* * * * * *
                input=%s
                output=%s
                data=%s
                periods=2026-Q1
                stable-seconds=0
                """.formatted(input, output, data).replace("\\", "\\\\"));
        List<JobDefinition> definitions = JobDefinition.loadAll(jobs);
        assertThat(definitions).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("thu");
            assertThat(d.zone()).isEqualTo(JobDefinition.DEFAULT_ZONE);
            assertThat(d.quietPeriod()).isEqualTo(Duration.ZERO);
        });
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(console, true, StandardCharsets.UTF_8);
        try (JobScheduler scheduler = new JobScheduler(definitions, ServeCommand.launcher(print, print))) {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (scheduler.finishedRuns() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(scheduler.finishedRuns()).isPositive();
        }
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("Hoàn tất. Tệp báo cáo: 2");
        assertThat(output.resolve("2026-Q1/facts.csv")).exists();
        assertThat(output.resolve("2026-H1")).doesNotExist();
    }

    @Test
    void aDefinitionWithABadScheduleIsRefusedWithItsFileName() throws Exception {
        Path file = Files.writeString(root.resolve("sai.properties"), "cron=2 giờ sáng\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JobDefinition.load(file))
                .hasMessageContaining("sai.properties").hasMessageContaining("cron");
        JobDefinition defaults = JobDefinition.load(Files.writeString(root.resolve("mac-dinh.properties"), ""));
        assertThat(defaults.cron()).isEqualTo("0 0 2 * * *");
        assertThat(defaults.quietPeriod()).isNull();
    }

    private int cli(String command, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of(command));
        if (command.equals("run")) {
            args.addAll(List.of("--input", input.toString(), "--output", output.toString(), "--data", data.toString()));
        }
        args.addAll(List.of(extra));
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private static void writeLong(Path file, String period, int numerator) throws Exception {
        GridFiles.write(file, null, List.of(
                row("Đơn vị", "Kỳ báo cáo", "Mã chỉ tiêu", "Tử số", "Mẫu số", "Giá trị"),
                row("Sở Nội vụ", period, "TTHC-05", numerator, 100, null),
                row("Xã Đức Đồng", period, "TTHC-05", numerator - 10, 100, null)));
    }

    private static void age(Path file) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    }
}
