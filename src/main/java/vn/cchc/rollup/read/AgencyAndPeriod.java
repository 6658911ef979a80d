package vn.cchc.rollup.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.NameForms;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.normalize.PeriodKind;
import vn.cchc.rollup.normalize.PeriodParser;
import vn.cchc.rollup.normalize.PeriodWithoutYear;
import vn.cchc.rollup.normalize.VietText;
import vn.cchc.rollup.validate.WarningRule;

/**
 * Finds whose report a sheet is and for which period from what its places say, in the order of
 * trust of {@link ContextPlace}: a labelled cell, the letterhead, the title, the sheet's name, the
 * file's name, its folders. The most trusted place that names an agency decides the agency, the
 * most trusted one that names a period decides the period; a period written without its year
 * ("So Noi vu - Quy I.xlsx") takes the year of the most trusted place that states one, and without
 * any stays unread (the normalizer says the year is missing). A less trusted place that says
 * otherwise is a {@link Disagreement}: the values are still read, and an analyst is warned.
 */
final class AgencyAndPeriod {

    /** A less trusted place that says otherwise than the one believed, located where the belief comes from. */
    record Disagreement(WarningRule rule, String location, String message) {
    }

    /**
     * What the places say, as the normalizer reads it: the agency's code (or a label's own text,
     * which the normalizer may not know), the period's code (or the text that could not be read);
     * blank when no place says.
     */
    record Found(Located agency, Located period, List<Disagreement> agencyDisagreements,
            List<Disagreement> periodDisagreements, Clue agencySource, Clue periodSource) {
    }

    /** What one place decided, and which place it was (null when no place says). */
    private record Decision(Located value, Clue source) {
    }

    private static final Located NOWHERE = new Located("", "");

    private final Plan plan;
    private final FileNameAgencies fileNames;

    AgencyAndPeriod(Plan plan) {
        this.plan = plan;
        this.fileNames = new FileNameAgencies(plan);
    }

    /** What the name of a file and its folders can say, for a path relative to the reports folder. */
    static List<Clue> fileClues(String relative) {
        Path path = Path.of(relative);
        List<Clue> clues = new ArrayList<>();
        clues.add(new Clue(ContextPlace.FILE_NAME, new Located(path.getFileName().toString(), "tên tệp")));
        String folders = path.getParent() == null ? "" : path.getParent().toString().replace('\\', '/');
        // the deepest folder first: "2026/Quy I/…" is more about the file than "2026"
        for (Path folder = path.getParent(); folder != null; folder = folder.getParent()) {
            clues.add(new Clue(ContextPlace.FOLDER,
                    new Located(folder.getFileName().toString(), "thư mục " + folders)));
        }
        return clues;
    }

    static Clue sheetClue(String sheetName) {
        return new Clue(ContextPlace.SHEET_NAME, new Located(sheetName, "tên trang tính " + sheetName));
    }

    Found find(List<Clue> clues) {
        List<Clue> ordered = clues.stream().sorted(Comparator.comparing(Clue::place)).toList();
        List<Disagreement> agencyDisagreements = new ArrayList<>();
        Decision agency = agency(ordered, agencyDisagreements);
        List<Disagreement> periodDisagreements = new ArrayList<>();
        Decision period = period(ordered, periodDisagreements);
        return new Found(agency.value(), period.value(), List.copyOf(agencyDisagreements),
                List.copyOf(periodDisagreements), agency.source(), period.source());
    }

    private Decision agency(List<Clue> clues, List<Disagreement> disagreements) {
        Clue decider = null;
        Agency believed = null;
        ContextPlace lastPlace = null;
        for (Clue clue : clues) {
            if (!clue.place().saysAgency() || clue.place() == lastPlace || clue.text().isBlank()) {
                continue;
            }
            Optional<Agency> named = agencyIn(clue);
            if (decider == null && (named.isPresent() || clue.place() == ContextPlace.AGENCY_LABEL)) {
                decider = clue;
                believed = named.orElse(null);
                lastPlace = clue.place();
            } else if (named.isPresent() && decider != null) {
                lastPlace = clue.place();
                if (believed != null && !believed.equals(named.get())) {
                    disagreements.add(new Disagreement(WarningRule.AGENCY_DISAGREES, decider.text().location(),
                            "Tệp ghi hai đơn vị khác nhau: " + believed.name() + " (" + decider.where() + ") và "
                                    + named.get().name() + " (" + clue.where() + "); số liệu được tính cho "
                                    + believed.name() + ". Kiểm tra lại đơn vị báo cáo"));
                }
            }
        }
        if (decider == null) {
            return new Decision(NOWHERE, null);
        }
        // a label keeps its own words, so a name the plan does not know is rejected as written
        return new Decision(believed == null || decider.place() == ContextPlace.AGENCY_LABEL ? decider.text()
                : new Located(believed.code(), decider.text().location()), decider);
    }

    private Optional<Agency> agencyIn(Clue clue) {
        String text = clue.text().text();
        return switch (clue.place()) {
            case AGENCY_LABEL -> plan.findAgency(text);
            case LETTERHEAD, SHEET_NAME, FOLDER ->
                    plan.findAgency(text).or(() -> plan.agencyMentionedIn(text, NameForms.SHORT));
            case TITLE -> plan.agencyMentionedIn(text, NameForms.FULL);
            case FILE_NAME -> fileNames.find(text).or(() -> plan.agencyMentionedIn(wordsOf(withoutExtension(text)), NameForms.SHORT));
            case PERIOD_LABEL, RESULT_HEADING -> Optional.empty();
        };
    }

    private Decision period(List<Clue> clues, List<Disagreement> disagreements) {
        List<PeriodSaid> said = new ArrayList<>();
        for (ContextPlace place : ContextPlace.values()) {
            if (place.saysPeriod()) {
                representative(clues, place).ifPresent(said::add);
            }
        }
        PeriodSaid decider = said.stream().filter(PeriodSaid::decides).findFirst().orElse(null);
        if (decider == null) {
            return new Decision(NOWHERE, null);
        }
        Period chosen = decider.period();
        if (chosen == null && decider.withoutYear() != null) {
            chosen = clues.stream().filter(c -> c.place().saysPeriod() && !c.text().isBlank()).map(PeriodSaid::of)
                    .map(PeriodSaid::year).filter(Objects::nonNull).findFirst()
                    .map(decider.withoutYear()::in).orElse(null);
        }
        if (chosen == null) {
            String unread = decider.withoutYear() != null ? decider.withoutYear().label() : decider.clue().text().text();
            return new Decision(new Located(unread, decider.clue().text().location()), decider.clue());
        }
        for (PeriodSaid other : said) {
            if (other != decider && other.contradicts(chosen)) {
                disagreements.add(new Disagreement(WarningRule.PERIOD_DISAGREES, decider.clue().text().location(),
                        "Tệp ghi hai kỳ báo cáo khác nhau: " + chosen.label() + " (" + decider.clue().where() + ") và "
                                + other.label() + " (" + other.clue().where() + "); số liệu được tính cho "
                                + chosen.label() + ". Kiểm tra lại kỳ báo cáo"));
            }
        }
        return new Decision(new Located(chosen.code(), decider.clue().text().location()), decider.clue());
    }

    /**
     * What a place says of the period, from its first clue stating a whole period, else its first
     * stating one without its year, else its first stating a year; a label says what it says, even
     * unreadable.
     */
    private static Optional<PeriodSaid> representative(List<Clue> clues, ContextPlace place) {
        List<PeriodSaid> said = clues.stream().filter(c -> c.place() == place && !c.text().isBlank())
                .map(PeriodSaid::of).toList();
        return said.stream().filter(s -> s.period() != null).findFirst()
                .or(() -> said.stream().filter(s -> s.withoutYear() != null).findFirst())
                .or(() -> said.stream().filter(s -> s.year() != null || place == ContextPlace.PERIOD_LABEL).findFirst());
    }

    /** What one clue says of the period: a whole period, one without its year, or only a year. */
    private record PeriodSaid(Clue clue, Period period, PeriodWithoutYear withoutYear, Integer year) {

        static PeriodSaid of(Clue clue) {
            String text = clue.text().text().replace('_', ' ');
            boolean justAYear = VietText.key(text).matches("20\\d{2}") && clue.place() != ContextPlace.PERIOD_LABEL;
            Optional<Period> period = justAYear ? Optional.empty() : PeriodParser.find(text);
            if (period.isPresent()) {
                return new PeriodSaid(clue, period.get(), null, period.get().year());
            }
            return new PeriodSaid(clue, null, PeriodParser.findWithoutYear(text).orElse(null),
                    PeriodParser.findYear(text).orElse(null));
        }

        /** Whether this decides the period when the most trusted: a label always does (if unreadable, to say so). */
        boolean decides() {
            return period != null || withoutYear != null || clue.place() == ContextPlace.PERIOD_LABEL;
        }

        /** "Năm 2026" beside "Quý I/2026" is taken as the year the quarter is in, not as another period. */
        boolean contradicts(Period chosen) {
            if (period != null) {
                return period.kind() == PeriodKind.YEAR ? period.year() != chosen.year() : !period.equals(chosen);
            }
            if (withoutYear != null && !withoutYear.matches(chosen)) {
                return true;
            }
            return year != null && year != chosen.year();
        }

        String label() {
            if (period != null) {
                return period.label();
            }
            return withoutYear != null ? withoutYear.label() + (year == null ? "" : " " + year) : "năm " + year;
        }
    }

    /** Words run together the way file names join them: "DucTho_Q1" is "Duc Tho_Q1", "ThanhSen" "Thanh Sen". */
    static String wordsOf(String fileName) {
        StringBuilder out = new StringBuilder(fileName.length() + 8);
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(fileName.charAt(i - 1))) {
                out.append(' ');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String withoutExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
