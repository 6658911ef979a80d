package vn.cchc.rollup.read;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.rollup.testing.GridFiles.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.testing.GridFiles;

/**
 * Two thousand seeded mutations of a valid xlsx and csv report (bytes flipped, files cut short,
 * cells replaced by random text and numbers). Each must end accepted or rejected with a reason,
 * within a per-file time limit, and never as a defect of the parser.
 */
class ReportParserFuzzTest {

    private static final long SEED = 20260405L;
    private static final int PER_FILE_SECONDS = 15;

    @TempDir
    Path dir;

    private final ReportParser parser = new ReportParser(PlanLoader.builtIn());
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final Random random = new Random(SEED);
    private int accepted;
    private int rejected;

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void mutatedReportsEndAcceptedOrRejectedWithAReason() throws Exception {
        for (String type : List.of("xlsx", "csv")) {
            byte[] original = Files.readAllBytes(GridFiles.write(dir.resolve("goc." + type), "Báo cáo", report()));
            boolean xlsx = type.equals("xlsx");
            for (int i = 0; i < (xlsx ? 400 : 800); i++) {
                check(Files.write(dir.resolve("lat-byte-" + i + "." + type), flipped(original)));
            }
            for (int i = 0; i < (xlsx ? 150 : 250); i++) {
                check(Files.write(dir.resolve("cat-" + i + "." + type), Arrays.copyOf(original, random.nextInt(original.length))));
            }
            for (int i = 0; i < (xlsx ? 100 : 300); i++) {
                check(GridFiles.write(dir.resolve("o-" + i + "." + type), "Báo cáo", withRandomCells(report())));
            }
        }
        assertThat(accepted + rejected).isEqualTo(2000);
        // the mutations must really exercise both outcomes
        assertThat(accepted).isGreaterThan(100);
        assertThat(rejected).isGreaterThan(100);
    }

    private void check(Path file) throws Exception {
        String name = file.getFileName().toString();
        Future<ParsedReport> parsing = executor.submit(() -> parser.parse(file, name));
        ParsedReport report = parsing.get(PER_FILE_SECONDS, TimeUnit.SECONDS);
        assertThat(report.facts().isEmpty() && report.rejects().isEmpty()).as(name + " gave nothing").isFalse();
        for (Reject reject : report.rejects()) {
            assertThat(reject.reason()).as(name).isNotNull();
            assertThat(reject.message()).as(name).isNotBlank().doesNotContain("Lỗi không mong đợi");
            assertThat(reject.source().file()).isEqualTo(name);
        }
        if (report.rejectedWhole() || !report.rejects().isEmpty()) {
            rejected++;
        } else {
            accepted++;
        }
        Files.delete(file);
    }

    private byte[] flipped(byte[] original) {
        byte[] bytes = original.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return bytes;
    }

    private List<List<Object>> withRandomCells(List<List<Object>> rows) {
        int changes = 1 + random.nextInt(4);
        for (int i = 0; i < changes; i++) {
            List<Object> row = rows.get(random.nextInt(rows.size()));
            int column = random.nextInt(Math.max(1, row.size()) + 1);
            while (row.size() <= column) {
                row.add(null);
            }
            row.set(column, randomValue());
        }
        return rows;
    }

    private Object randomValue() {
        return switch (random.nextInt(12)) {
            case 0 -> random.nextInt(2000) - 1000;
            case 1 -> random.nextDouble() * 200 - 50;
            case 2 -> 1e300 * random.nextDouble();
            case 3 -> "";
            case 4 -> "=HYPERLINK(\"http://x\",\"bấm\")";
            case 5 -> "Quý " + random.nextInt(9) + "/20" + random.nextInt(100);
            case 6 -> "x".repeat(random.nextInt(5000));
            case 7 -> new GridFiles.Percent(random.nextDouble() * 2);
            case 8 -> "Tổng cộng";
            case 9 -> "ngày " + random.nextInt(40) + " tháng " + random.nextInt(15) + " năm " + random.nextInt(3000);
            case 10 -> randomText();
            default -> List.of("TTHC-05", "CDDH-04", "TCC-01", "SO-NOIVU", "Có", "Không", "I", "II").get(random.nextInt(8));
        };
    }

    private String randomText() {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(30);
        for (int i = 0; i < length; i++) {
            text.append((char) (random.nextBoolean() ? 0x20 + random.nextInt(0x5F) : 0xA0 + random.nextInt(0x1F00)));
        }
        return text.toString();
    }

    private static List<List<Object>> report() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("UBND TỈNH HÀ TĨNH", null, null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        rows.add(row("SỞ NỘI VỤ", null, null, null, null, "Hà Tĩnh, ngày 05 tháng 4 năm 2026"));
        rows.add(row("Mã đơn vị:", null, "SO-NOIVU"));
        rows.add(row("Kỳ báo cáo:", null, "Quý I/2026"));
        rows.add(row("STT", "Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Chỉ tiêu kế hoạch", "Tử số", "Mẫu số", "Giá trị", "Ghi chú"));
        rows.add(row("I", null, "Cải cách thủ tục hành chính"));
        rows.add(row(1, "TTHC-05", "Tỷ lệ hồ sơ", "%", "≥ 80%", 45, 50, null, null));
        rows.add(row(2, "TTHC-06", "Tỷ lệ đúng hạn", "%", "> 99%", null, null, 99.5, null));
        rows.add(row("II", null, "Chỉ đạo điều hành"));
        rows.add(row(1, "CDDH-04", "Số tin, bài", "Số lượng", "≥ 6", null, null, 7, "đăng trên cổng"));
        rows.add(row(2, "TCC-01", "Công khai tài chính", "Có/Không", "Có", null, null, "Có", null));
        rows.add(row(null, null, null, null, null, "GIÁM ĐỐC"));
        return rows;
    }
}
