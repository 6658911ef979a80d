package vn.cchc.rollup.publish;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import vn.cchc.rollup.ops.Fingerprint;

/**
 * What each published file was made from, so that a file whose inputs did not change is not made
 * again: a key (the digest of the program, the plan and the file's own content) per file, kept in
 * the output folder as {@value #FILE} with the size and modification time the file had then.
 * <p>
 * A file is reused only when its key is the same and the published file is still the one written
 * (same size and time: an official who edits or replaces it gets a fresh one). Any doubt, a lost or
 * unreadable list, means making the file again: the list only ever spares work.
 */
public final class PublishedKeys {

    public static final String FILE = ".published-keys.tsv";
    /** Between a group's key and a member's own key (keys are hexadecimal). */
    private static final String MEMBER = " ";
    private static final String HEADER = "# cchc-rollup: path, key of what the file was made from, size, modification time (ms)";

    /** Never reuses anything: every file is made. */
    public static final PublishedKeys NONE = new PublishedKeys(null, "", Map.of());

    private record Entry(String key, long size, long modified) {
    }

    private final Path output;
    private final String salt;
    private final Map<String, Entry> before;
    private final Map<String, String> made = new ConcurrentHashMap<>();

    private PublishedKeys(Path output, String salt, Map<String, Entry> before) {
        this.output = output;
        this.salt = salt;
        this.before = before;
    }

    /**
     * The list kept in {@code output} by the last run.
     *
     * @param salt what every output depends on besides its own content: the program and the plan
     */
    public static PublishedKeys load(Path output, String salt) {
        Map<String, Entry> before = new HashMap<>();
        Path file = output.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] fields = line.split("\t");
                    if (!line.startsWith("#") && fields.length == 4) {
                        before.put(fields[0], new Entry(fields[1], Long.parseLong(fields[2]), Long.parseLong(fields[3])));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            before.clear();
        }
        return new PublishedKeys(output, salt, before);
    }

    /** The key of a file made from {@code content} (a text that says all the file shows) and the salt. */
    public String key(String content) {
        return Fingerprint.of(salt + "\n" + content);
    }

    /**
     * Puts the published file {@code relative} (to the output folder) at {@code staged} when it was
     * made from the same key and is untouched since (a hard link, else a copy keeping its time).
     *
     * @return whether it did; if not, the caller makes the file
     */
    public boolean reuse(String relative, String key, Path staged) {
        Entry entry = before.get(relative);
        return entry != null && entry.key().equals(key) && place(relative, entry, staged, key);
    }

    /**
     * As {@link #reuse}, for a file of a group ({@link #reuseAll}) that has a key of its own besides
     * the group's: a chart of a summary being made again, the same as published if its own key is.
     * The file is then recorded as a member of {@code groupKey}'s group.
     */
    public boolean reuseMember(String relative, String groupKey, String ownKey, Path staged) {
        Entry entry = before.get(relative);
        return entry != null && entry.key().endsWith(MEMBER + ownKey)
                && place(relative, entry, staged, groupKey + MEMBER + ownKey);
    }

    /** Records that {@code relative}, of {@code groupKey}'s group, was made from {@code ownKey} in this run. */
    public void madeMember(String relative, String groupKey, String ownKey) {
        made.put(relative, groupKey + MEMBER + ownKey);
    }

    private boolean place(String relative, Entry entry, Path staged, String key) {
        if (output == null) {
            return false;
        }
        Path published = output.resolve(relative);
        try {
            if (!untouched(published, entry)) {
                return false;
            }
            Files.createDirectories(staged.getParent());
            try {
                Files.createLink(staged, published);
            } catch (UnsupportedOperationException | FileSystemException e) {
                Files.copy(published, staged, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
            }
            made.put(relative, key);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * As {@link #reuse}, for files made together from one key (a period's summary: its workbook,
     * charts and CSVs): every published file under {@code folder} (relative to the output folder,
     * ending in "/") made from {@code key}, members included, is put at the same place under
     * {@code staged}, when there is at least one and none was touched since. All or none.
     */
    public boolean reuseAll(String folder, String key, Path staged) {
        if (output == null) {
            return false;
        }
        Map<String, Entry> group = new TreeMap<>();
        before.forEach((relative, entry) -> {
            if (relative.startsWith(folder) && (entry.key().equals(key) || entry.key().startsWith(key + MEMBER))) {
                group.put(relative, entry);
            }
        });
        if (group.isEmpty() || !group.entrySet().stream().allMatch(e -> untouched(output.resolve(e.getKey()), e.getValue()))) {
            return false;
        }
        List<String> placed = new ArrayList<>();
        for (Map.Entry<String, Entry> file : group.entrySet()) {
            String relative = file.getKey();
            if (!place(relative, file.getValue(), staged.resolve(relative.substring(folder.length())), file.getValue().key())) {
                for (String done : placed) {
                    made.remove(done);
                    deleteQuietly(staged.resolve(done.substring(folder.length())));
                }
                return false;
            }
            placed.add(relative);
        }
        return true;
    }

    /**
     * Records that every file under {@code staged} (the staging folder of {@code folder}, relative to
     * the output folder and ending in "/"), except those in the sub-folders {@code except}, was made
     * from {@code key} in this run (those recorded as its members keep their own keys).
     */
    public void madeAll(String folder, String key, Path staged, String... except) throws IOException {
        List<Path> skipped = Arrays.stream(except).map(staged::resolve).toList();
        // the skipped folders are not even listed: other threads may be writing there
        Files.walkFileTree(staged, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return skipped.contains(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    // a member recorded with its own key keeps it
                    made.merge(folder + staged.relativize(file).toString().replace(File.separatorChar, '/'), key,
                            (recorded, group) -> recorded.startsWith(group + MEMBER) ? recorded : group);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the caller makes the files again, replacing this one
        }
    }

    /** Records that {@code relative} was made from {@code key} in this run. */
    public void made(String relative, String key) {
        made.put(relative, key);
    }

    /**
     * After the outputs are in place: keeps the keys of this run's files and of earlier files still
     * untouched, with their size and time now.
     */
    public void save() throws IOException {
        if (output == null) {
            return;
        }
        Map<String, Entry> kept = new TreeMap<>();
        before.forEach((relative, entry) -> {
            if (!made.containsKey(relative) && untouched(output.resolve(relative), entry)) {
                kept.put(relative, entry);
            }
        });
        for (Map.Entry<String, String> file : made.entrySet()) {
            Path published = output.resolve(file.getKey());
            if (Files.isRegularFile(published, LinkOption.NOFOLLOW_LINKS)) {
                BasicFileAttributes attributes = Files.readAttributes(published, BasicFileAttributes.class);
                kept.put(file.getKey(), new Entry(file.getValue(), attributes.size(), attributes.lastModifiedTime().toMillis()));
            }
        }
        AtomicFiles.write(output.resolve(FILE), out -> {
            BufferedWriter writer = new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write(HEADER);
            writer.newLine();
            for (Map.Entry<String, Entry> file : kept.entrySet()) {
                Entry entry = file.getValue();
                writer.write(String.join("\t", List.of(file.getKey(), entry.key(), String.valueOf(entry.size()),
                        String.valueOf(entry.modified()))));
                writer.newLine();
            }
            writer.flush();
        });
    }

    private static boolean untouched(Path file, Entry entry) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() && attributes.size() == entry.size()
                    && attributes.lastModifiedTime().toMillis() == entry.modified();
        } catch (IOException e) {
            return false;
        }
    }
}
