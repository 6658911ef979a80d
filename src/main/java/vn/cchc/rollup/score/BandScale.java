package vn.cchc.rollup.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/**
 * The classification of agencies by score. Default: Xuất sắc ≥ 90, Tốt 80–&lt; 90, Khá 70–&lt; 80,
 * Trung bình 50–&lt; 70, Yếu &lt; 50. A plan changes it with the {@code plan.properties} key
 * {@code bands}, e.g. {@code bands=Xuất sắc:90; Tốt:80; Khá:70; Trung bình:50; Yếu:0}. Bands compare the
 * unrounded score, so 89.99 is Tốt.
 */
public final class BandScale {

    public static final String PROPERTY = "bands";

    private final List<Band> bands;

    /** @param bands in any order; the lowest one catches every score below the others */
    public BandScale(List<Band> bands) {
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("a band scale needs at least one band");
        }
        List<Band> sorted = new ArrayList<>(bands);
        sorted.sort(Comparator.comparing(Band::minimum).reversed());
        this.bands = List.copyOf(sorted);
    }

    public static BandScale defaults() {
        return new BandScale(List.of(
                new Band("Xuất sắc", BigDecimal.valueOf(90)),
                new Band("Tốt", BigDecimal.valueOf(80)),
                new Band("Khá", BigDecimal.valueOf(70)),
                new Band("Trung bình", BigDecimal.valueOf(50)),
                new Band("Yếu", BigDecimal.ZERO)));
    }

    /** The scale a plan's properties define, or the default one when they define none. */
    public static BandScale of(Properties properties) {
        String spec = properties.getProperty(PROPERTY, "").strip();
        return spec.isEmpty() ? defaults() : parse(spec);
    }

    /** Reads "Xuất sắc:90; Tốt:80; ...": name and minimum score, separated by ';'. */
    public static BandScale parse(String spec) {
        List<Band> bands = new ArrayList<>();
        for (String part : spec.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int colon = part.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("band \"" + part.strip() + "\" needs the form name:minimum");
            }
            bands.add(new Band(part.substring(0, colon).strip(),
                    new BigDecimal(part.substring(colon + 1).strip().replace(',', '.'))));
        }
        return new BandScale(bands);
    }

    /** Highest first. */
    public List<Band> bands() {
        return bands;
    }

    public Band classify(BigDecimal score) {
        for (Band band : bands) {
            if (score.compareTo(band.minimum()) >= 0) {
                return band;
            }
        }
        return bands.get(bands.size() - 1);
    }
}
