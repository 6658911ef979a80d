package vn.cchc.rollup.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.ops.DigestBytes;
import vn.cchc.rollup.ops.Fingerprint;

/**
 * Two digests per agency of its evaluations of a period, made in one pass when the period is scored:
 * <ul>
 * <li>{@code stored}: of the rows the {@link EvaluationTable} keeps, numbers without trailing zeros
 * (as the database gives them back), so that the table rewrites only the agencies whose rows changed;</li>
 * <li>{@code shown}: of all the evaluations hold, what the outputs can show: the rows, the targets, and
 * each fact with its note and source, numbers with their scale. A published summary's and scorecard's
 * keys name an agency's evaluations by it instead of writing them out again (a national period holds 85,000).</li>
 * </ul>
 * The plan's agencies and indicators are written by their codes: the plan is part of every published
 * key. Texts are written with their lengths, so that no text can pass for the end of another.
 *
 * @param stored by agency code
 * @param shown  by agency code
 */
public record EvaluationDigests(Map<String, String> stored, Map<String, String> shown) {

    /** The {@code shown} digest of an agency without evaluations. */
    public static final String NONE = new DigestWriter().digest();

    public EvaluationDigests {
        stored = Map.copyOf(stored);
        shown = Map.copyOf(shown);
    }

    /** The {@code shown} digest of an agency's evaluations, {@link #NONE} when it has none. */
    public String shownOf(String agencyCode) {
        return shown.getOrDefault(agencyCode, NONE);
    }

    /**
     * The digests of each agency's evaluations, taken in their order; the agencies shared among a
     * thread per core (a national period's 4,000 take half a second on one).
     */
    public static EvaluationDigests of(List<Evaluation> evaluations) {
        Map<String, List<Evaluation>> byAgency = new LinkedHashMap<>();
        for (Evaluation evaluation : evaluations) {
            byAgency.computeIfAbsent(evaluation.agency().code(), code -> new ArrayList<>()).add(evaluation);
        }
        List<List<Evaluation>> agencies = new ArrayList<>(byAgency.values());
        String[] stored = new String[agencies.size()];
        String[] shown = new String[agencies.size()];
        int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), agencies.size() / 500));
        List<CompletableFuture<Void>> others = new ArrayList<>();
        for (int part = 1; part < parts; part++) {
            int first = part;
            others.add(CompletableFuture.runAsync(() -> digest(agencies, first, parts, stored, shown)));
        }
        digest(agencies, 0, parts, stored, shown);
        others.forEach(CompletableFuture::join);
        Map<String, String> storedByAgency = new HashMap<>();
        Map<String, String> shownByAgency = new HashMap<>();
        for (int i = 0; i < agencies.size(); i++) {
            String agency = agencies.get(i).get(0).agency().code();
            storedByAgency.put(agency, stored[i]);
            shownByAgency.put(agency, shown[i]);
        }
        return new EvaluationDigests(storedByAgency, shownByAgency);
    }

    /** The digests of the agencies {@code first}, {@code first + step}, ... */
    private static void digest(List<List<Evaluation>> agencies, int first, int step, String[] stored, String[] shown) {
        DigestWriter rows = new DigestWriter();
        DigestWriter all = new DigestWriter();
        for (int i = first; i < agencies.size(); i += step) {
            String fileBefore = null;
            for (Evaluation e : agencies.get(i)) {
                writeRow(rows, e);
                writeRest(all, e, fileBefore);
                if (e.fact() != null) {
                    fileBefore = e.fact().source().file();
                }
            }
            stored[i] = rows.digest();
            all.text(agencies.get(i).get(0).agency().code());
            all.text(stored[i]);
            shown[i] = all.digest();
        }
    }

    /** What the evaluation table stores of an evaluation besides its period and agency. */
    private static void writeRow(DigestWriter out, Evaluation e) {
        Fact fact = e.fact();
        boolean ratio = fact != null && fact.hasRatio();
        out.text(Scope.of(e.agency().kind()).name());
        out.text(e.indicator().areaCode());
        out.text(e.indicator().code());
        out.text(e.status().name());
        out.plain(e.points());
        out.plain(e.possiblePoints());
        out.plain(fact == null ? null : fact.value());
        out.plain(ratio ? fact.numerator() : null);
        out.plain(ratio ? fact.denominator() : null);
    }

    /**
     * All the rest an evaluation holds. A fact's file is written once for the facts from the same file
     * that follow it (an agency's values mostly come from one file).
     */
    private static void writeRest(DigestWriter out, Evaluation e, String fileBefore) {
        out.text(e.period().code());
        out.number(e.target());
        out.number(e.points());
        Fact fact = e.fact();
        if (fact == null) {
            out.mark('~');
            return;
        }
        out.text(fact.agencyCode());
        out.text(fact.period().code());
        out.text(fact.indicatorCode());
        out.number(fact.numerator());
        out.number(fact.denominator());
        out.number(fact.value());
        out.text(fact.note());
        if (fact.source().file().equals(fileBefore)) {
            out.mark('=');
        } else {
            out.text(fact.source().file());
        }
        out.text(fact.source().location());
    }

    /** Writes values as bytes ({@link DigestBytes}) into a SHA-256: a national period's evaluations are megabytes. */
    private static final class DigestWriter extends DigestBytes {

        private final Fingerprint sha = new Fingerprint();
        private final byte[] buffer = new byte[1 << 13];
        private int length;

        /** The length first, then one byte per ASCII character, three for the others; null as {@code ~}. */
        void text(String text) {
            if (text == null) {
                mark('~');
                return;
            }
            count(text.length());
            chars(text);
        }

        /** With its scale: 97.50 is shown otherwise than 97.5. */
        void number(BigDecimal number) {
            text(number == null ? null : number.toString());
        }

        /** Without trailing zeros, as the database gives it back. */
        void plain(BigDecimal number) {
            text(number == null ? null : number.stripTrailingZeros().toPlainString());
        }

        void mark(char mark) {
            put(mark);
        }

        @Override
        protected void put(int b) {
            if (length == buffer.length) {
                sha.bytes(buffer, 0, length);
                length = 0;
            }
            buffer[length++] = (byte) b;
        }

        /** The digest of all written since the last one. */
        String digest() {
            sha.bytes(buffer, 0, length);
            length = 0;
            return sha.hex();
        }
    }
}
