package vn.cchc.rollup.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.FileVersion;
import vn.cchc.rollup.submission.SubmittedFile;

/**
 * The accepted values of the files present in the folder, settled by the order of {@link FileVersion}:
 * one value per agency × period × indicator ({@code effective}, ordered by period code, agency,
 * indicator), the values newer files replaced, which files gave values for which agency and period,
 * and every present file by path.
 */
public record CurrentFacts(List<Fact> effective, List<Resubmission> resubmissions, List<SubmittedFile> submitted,
        Map<String, FileVersion> files) {

    private static final Comparator<StoredFact> NEWEST_FIRST_BY_KEY = Comparator
            .comparing(StoredFact::key).thenComparing(StoredFact::file, Comparator.reverseOrder());

    public CurrentFacts {
        effective = List.copyOf(effective);
        resubmissions = List.copyOf(resubmissions);
        submitted = List.copyOf(submitted);
        files = Map.copyOf(files);
    }

    /**
     * Settles the values of the present {@code files}, in any order, and earlier versions of files
     * saved again under the same name ({@code history}, the most recent first within a key).
     */
    static CurrentFacts settle(Map<String, FileVersion> files, Collection<StoredFact> present,
            List<StoredFact> history) {
        List<StoredFact> ranked = new ArrayList<>(present);
        ranked.sort(NEWEST_FIRST_BY_KEY);
        List<Fact> effective = new ArrayList<>();
        Map<String, StoredFact> winners = new HashMap<>();
        List<Superseded> losers = new ArrayList<>();
        StoredFact winner = null;
        int age = 0;
        for (StoredFact stored : ranked) {
            if (winner != null && winner.key().equals(stored.key())) {
                losers.add(new Superseded(stored, false, ++age));
            } else {
                winner = stored;
                age = 0;
                effective.add(stored.fact());
                winners.put(stored.key(), stored);
            }
        }
        Map<String, Integer> historyAges = new HashMap<>();
        for (StoredFact stored : history) {
            losers.add(new Superseded(stored, true, historyAges.merge(stored.key(), 1, Integer::sum)));
        }
        losers.sort(Comparator.comparing((Superseded l) -> l.stored().key())
                .thenComparing(Superseded::fromHistory).thenComparingInt(Superseded::age));
        List<Resubmission> resubmissions = new ArrayList<>();
        for (Superseded loser : losers) {
            StoredFact current = winners.get(loser.stored().key());
            if (current != null) {
                resubmissions.add(new Resubmission(loser.stored().fact(), loser.stored().file(),
                        current.fact(), current.file()));
            }
        }
        return new CurrentFacts(effective, resubmissions, submitted(ranked), files);
    }

    /** Each present file once per agency and period it gave values for, by period code, agency, path. */
    private static List<SubmittedFile> submitted(List<StoredFact> present) {
        Set<SubmittedFile> files = new HashSet<>();
        for (StoredFact stored : present) {
            files.add(new SubmittedFile(stored.fact().agencyCode(), stored.fact().period(), stored.file()));
        }
        List<SubmittedFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing((SubmittedFile s) -> s.period().code())
                .thenComparing(SubmittedFile::agencyCode).thenComparing(s -> s.file().path()));
        return sorted;
    }

    /**
     * A stored value with the version of the file it came from, and its key: period code, agency,
     * indicator, which orders keys as the three compared one after the other.
     */
    record StoredFact(Fact fact, FileVersion file, String key) {

        static StoredFact of(Fact fact, FileVersion file) {
            return new StoredFact(fact, file,
                    fact.period().code() + '\u0000' + fact.agencyCode() + '\u0000' + fact.indicatorCode());
        }
    }

    private record Superseded(StoredFact stored, boolean fromHistory, int age) {
    }
}
