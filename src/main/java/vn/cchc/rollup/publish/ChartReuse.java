package vn.cchc.rollup.publish;

import java.io.File;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.jfree.chart.JFreeChart;
import vn.cchc.rollup.ops.Fingerprint;

/**
 * Saves the charts of a summary being made, each drawn only when it differs from the published one.
 * A chart's own key is the digest of the chart object as Java serializes it (JFreeChart is
 * serializable: its data, texts, colours and fonts) with its size: when one agency's new file
 * changes the summary, most of its charts come out the same, and drawing and encoding them was
 * the longest part of making it. A chart that cannot be serialized is drawn every time.
 */
final class ChartReuse {

    /** Draws every chart. */
    static final ChartReuse NONE = new ChartReuse(PublishedKeys.NONE, "", "", null);

    private final PublishedKeys keys;
    private final String groupKey;
    private final String folder;
    private final Path staged;
    private final AtomicInteger drawn = new AtomicInteger();
    private final AtomicInteger kept = new AtomicInteger();

    /**
     * @param groupKey the key of the summary the charts belong to
     * @param folder   the period's folder relative to the output folder, ending in "/"
     * @param staged   the period's staging folder
     */
    ChartReuse(PublishedKeys keys, String groupKey, String folder, Path staged) {
        this.keys = keys;
        this.groupKey = groupKey;
        this.folder = folder;
        this.staged = staged;
    }

    /** Puts the chart, {@code width} × {@code height} pixels, at {@code file} as a PNG. */
    void save(JFreeChart chart, int width, int height, Path file) throws IOException {
        if (keys == PublishedKeys.NONE) {
            ChartFiles.savePng(chart, width, height, file);
            return;
        }
        String own = ownKey(chart, width, height);
        String relative = folder + staged.relativize(file).toString().replace(File.separatorChar, '/');
        if (own != null && keys.reuseMember(relative, groupKey, own, file)) {
            kept.incrementAndGet();
            return;
        }
        ChartFiles.savePng(chart, width, height, file);
        drawn.incrementAndGet();
        if (own != null) {
            keys.madeMember(relative, groupKey, own);
        }
    }

    /** For the log: how many charts were drawn, how many put in place as published. */
    String counts() {
        return drawn.get() + " chart(s) drawn, " + kept.get() + " as published";
    }

    /** The chart's key with the program and plan (see {@link PublishedKeys#key}); null if it cannot be serialized. */
    private String ownKey(JFreeChart chart, int width, int height) {
        Fingerprint digest = new Fingerprint();
        try (ObjectOutputStream out = new ObjectOutputStream(new DigestStream(digest))) {
            out.writeInt(width);
            out.writeInt(height);
            out.writeObject(chart);
        } catch (IOException e) {
            return null;
        }
        return keys.key("chart " + digest.hex());
    }

    /** Bytes written go to the digest. */
    private static final class DigestStream extends OutputStream {

        private final Fingerprint digest;

        DigestStream(Fingerprint digest) {
            this.digest = digest;
        }

        @Override
        public void write(int b) {
            digest.bytes(new byte[] {(byte) b});
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            digest.bytes(bytes, offset, length);
        }
    }
}
