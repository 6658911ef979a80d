package vn.cchc.rollup.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line options of the form {@code --name value}, {@code --name=value} or {@code --flag}. */
final class Arguments {

    private final Map<String, String> options = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Arguments() {
    }

    /**
     * @param flags option names that take no value
     * @throws UsageException on an option this command does not know
     */
    static Arguments parse(List<String> args, Set<String> valued, Set<String> flags) {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                parsed.positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flags.contains(name)) {
                parsed.options.put(name, "true");
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("Thiếu giá trị cho --" + name);
                    }
                    value = args.get(++i);
                }
                parsed.options.put(name, value);
            } else {
                throw new UsageException("Không có tùy chọn --" + name);
            }
        }
        return parsed;
    }

    boolean has(String name) {
        return options.containsKey(name);
    }

    String get(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    Path path(String name, String fallback) {
        return Path.of(get(name, fallback)).toAbsolutePath().normalize();
    }

    List<String> positional() {
        return positional;
    }

    /** A mistake in how the command was called; the message is Vietnamese. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
