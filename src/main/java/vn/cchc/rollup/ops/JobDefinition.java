package vn.cchc.rollup.ops;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.springframework.scheduling.support.CronExpression;

/**
 * A scheduled job as an administrator writes it in {@code jobs/NAME.properties}. Relative folders
 * are taken from the working directory of the service.
 *
 * @param quietPeriod null: the configured default
 */
public record JobDefinition(String name, String cron, ZoneId zone, Path input, Path output, Path data,
        List<String> periods, Duration quietPeriod) {

    public static final String DEFAULT_CRON = "0 0 2 * * *";
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** @throws IllegalArgumentException with a Vietnamese message naming the file and the bad key */
    public static JobDefinition load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.lastIndexOf('.'));
        String cron = p.getProperty("cron", DEFAULT_CRON).strip();
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException(fileName + ": lịch chạy cron=\"" + cron
                    + "\" không hợp lệ (6 trường: giây phút giờ ngày tháng thứ, ví dụ 0 0 2 * * *)");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(p.getProperty("zone", DEFAULT_ZONE.getId()).strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(fileName + ": múi giờ zone=\"" + p.getProperty("zone") + "\" không hợp lệ");
        }
        List<String> periods = Arrays.stream(p.getProperty("periods", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        Duration quiet = null;
        String stable = p.getProperty("stable-seconds", "").strip();
        if (!stable.isEmpty()) {
            try {
                quiet = Duration.ofSeconds(Long.parseLong(stable));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(fileName + ": stable-seconds=\"" + stable + "\" phải là một số giây");
            }
        }
        return new JobDefinition(name, cron, zone, folder(p, "input"), folder(p, "output"), folder(p, "data"),
                periods, quiet);
    }

    /** Every {@code *.properties} file of the folder, by name. */
    public static List<JobDefinition> loadAll(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            List<Path> definitions = files.filter(f -> f.getFileName().toString().endsWith(".properties")).sorted().toList();
            List<JobDefinition> loaded = new java.util.ArrayList<>();
            for (Path f : definitions) {
                loaded.add(load(f));
            }
            return List.copyOf(loaded);
        }
    }

    private static Path folder(Properties p, String key) {
        return Path.of(p.getProperty(key, key).strip()).toAbsolutePath().normalize();
    }
}
