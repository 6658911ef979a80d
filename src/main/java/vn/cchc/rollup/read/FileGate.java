package vn.cchc.rollup.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import vn.cchc.rollup.intake.ReasonCode;

/**
 * Refuses, before any parser sees them, the files that cannot be a report: Excel's owner lock
 * files ({@code ~$Báo cáo.xlsx}), empty files and files over the size limit. A parser then never
 * holds more than the limit allows.
 */
final class FileGate {

    /** Why a file is refused. */
    record Refusal(ReasonCode reason, String message) {
    }

    /** The default size limit; the system property {@code cchc.intake.max-file-bytes} changes it. */
    static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    static final String MAX_BYTES_PROPERTY = "cchc.intake.max-file-bytes";

    private FileGate() {
    }

    static long configuredMaxBytes() {
        return Long.getLong(MAX_BYTES_PROPERTY, DEFAULT_MAX_BYTES);
    }

    static Optional<Refusal> check(Path file, long maxBytes) {
        String name = file.getFileName().toString();
        if (name.startsWith("~$")) {
            return refuse(ReasonCode.UNSUPPORTED_FILE,
                    "Tệp khóa tạm của Excel (tên bắt đầu bằng ~$), không phải báo cáo: đóng Excel rồi xóa tệp này");
        }
        if (!Files.isRegularFile(file)) {
            return refuse(ReasonCode.UNREADABLE_FILE, "Không phải tệp thông thường (thư mục hoặc liên kết hỏng)");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return refuse(ReasonCode.UNREADABLE_FILE, ReadFailures.CANNOT_OPEN);
        }
        if (size == 0) {
            return refuse(ReasonCode.UNREADABLE_FILE, "Tệp rỗng (0 byte): hãy gửi lại tệp báo cáo");
        }
        if (size > maxBytes) {
            return refuse(ReasonCode.UNSUPPORTED_FILE, "Tệp quá lớn (" + megabytes(size) + " MB, tối đa "
                    + megabytes(maxBytes) + " MB): một báo cáo không lớn như vậy, hãy kiểm tra lại tệp");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(ReasonCode reason, String message) {
        return Optional.of(new Refusal(reason, message));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)).replace('.', ',');
    }
}
