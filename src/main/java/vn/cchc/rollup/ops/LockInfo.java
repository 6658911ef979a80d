package vn.cchc.rollup.ops;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Properties;

/** Who holds the run lock and since when; written next to the lock file for the next one to read. */
public record LockInfo(String host, long pid, Instant since, String command) {

    public static LockInfo current(String command) {
        return new LockInfo(hostName(), ProcessHandle.current().pid(), Instant.now(), command);
    }

    String format() {
        Properties p = new Properties();
        p.setProperty("host", host);
        p.setProperty("pid", Long.toString(pid));
        p.setProperty("since", since.toString());
        p.setProperty("command", command);
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static LockInfo parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LockInfo(p.getProperty("host", "?"), Long.parseLong(p.getProperty("pid", "0")),
                Instant.parse(p.getProperty("since", Instant.EPOCH.toString())), p.getProperty("command", "?"));
    }

    public static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            String env = System.getenv("HOSTNAME");
            return env == null ? "?" : env;
        }
    }
}
