package vn.cchc.rollup.read;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.ReasonCode;
import vn.cchc.rollup.intake.Reject;
import vn.cchc.rollup.intake.SourceRef;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.normalize.PeriodParser;
import vn.cchc.rollup.normalize.ViNumbers;
import vn.cchc.rollup.validate.Warning;
import vn.cchc.rollup.validate.WarningRule;

/**
 * Reads one report file of any supported kind and layout into facts and rejects. A bad row
 * rejects that row; a file that cannot be read, or holds no report table, is rejected whole. A Word
 * document without any table of figures (a covering letter) gives nothing and is not rejected.
 */
public final class ReportParser {

    private static final Logger log = LoggerFactory.getLogger(ReportParser.class);

    private final Plan plan;
    private final long maxFileBytes;
    private final AgencyAndPeriod agencyAndPeriod;

    /** A parser with the size limit of the system property {@code cchc.intake.max-file-bytes} (default 50 MB). */
    public ReportParser(Plan plan) {
        this(plan, FileGate.configuredMaxBytes());
    }

    public ReportParser(Plan plan, long maxFileBytes) {
        this.plan = plan;
        this.maxFileBytes = maxFileBytes;
        this.agencyAndPeriod = new AgencyAndPeriod(plan);
    }

    /**
     * @param file     the file to read (opened read-only)
     * @param relative its path relative to the reports folder, as shown to analysts
     */
    public ParsedReport parse(Path file, String relative) {
        return parse(file, relative, row -> { });
    }

    /**
     * As {@link #parse(Path, String)}, with {@code alongside} seeing the same read of the file (rows
     * of the sheets it accepts), so another reader of the file needs no second pass. It must not
     * throw: its failure would cost the file. It sees nothing of a file refused before reading, and
     * part of a file that turns out unreadable ({@link ParsedReport#unreadable()}).
     */
    public ParsedReport parse(Path file, String relative, RowVisitor alongside) {
        return parse(file, relative, alongside, null);
    }

    /**
     * As {@link #parse(Path, String)}, writing into {@code explanation} how each sheet was read: the
     * header rows, each column's role and why, where agency and period were found, and the nearest
     * indicators of each row whose indicator was not recognised ({@code check --explain}).
     */
    public ParsedReport explain(Path file, String relative, ReadExplanation explanation) {
        return parse(file, relative, row -> { }, explanation);
    }

    private ParsedReport parse(Path file, String relative, RowVisitor alongside, ReadExplanation explanation) {
        Optional<FileGate.Refusal> refusal = FileGate.check(file, maxFileBytes);
        if (refusal.isPresent()) {
            return whole(relative, refusal.get().reason(), refusal.get().message());
        }
        Optional<TableReader> reader = TableReaders.forFile(file);
        if (reader.isEmpty()) {
            return whole(relative, ReasonCode.UNSUPPORTED_FILE, TableReaders.unsupportedMessage(file));
        }
        FileVisitor visitor = new FileVisitor(relative, explanation);
        try {
            reader.get().read(file, new TeeVisitor(visitor, alongside));
            visitor.finishFile();
        } catch (UnreadableFileException e) {
            return whole(relative, ReasonCode.UNREADABLE_FILE, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // a defect of ours (or a pathological file) must cost one file, never the run
            log.error("Unexpected failure reading {}", relative, e);
            return whole(relative, ReasonCode.UNREADABLE_FILE,
                    "Lỗi không mong đợi khi đọc tệp (" + e.getClass().getSimpleName() + "); báo cho quản trị hệ thống");
        }
        if (visitor.sheets == 0 && TableReaders.readsWord(reader.get())) {
            // a covering letter: a Word document with no table of figures is not a refused report
            return new ParsedReport(relative, null, null, List.of(), List.of());
        }
        if (visitor.layout == null) {
            return whole(relative, ReasonCode.UNSUPPORTED_FILE, visitor.nearMiss == null
                    ? "Không tìm thấy bảng số liệu (cần dòng tiêu đề có \"Mã chỉ tiêu\" và \"Giá trị\", hoặc \"Đơn vị\" và các mã chỉ tiêu)"
                    : "Không tìm thấy bảng số liệu: " + TableDiagnosis.nearMiss(visitor.nearMiss));
        }
        if (visitor.facts.isEmpty() && visitor.rejects.list().isEmpty()) {
            visitor.rejects.add(new Reject(new SourceRef(relative, ""), ReasonCode.BAD_VALUE,
                    "Có bảng số liệu nhưng không có giá trị nào: " + TableDiagnosis.empty(visitor.firstTable)
                            + ": báo cáo trống hoặc bị cắt cụt"));
        }
        return FuturePeriodRule.apply(new ParsedReport(relative, visitor.layout, visitor.reportDate, visitor.facts,
                visitor.rejects.list(), List.copyOf(visitor.warnings)));
    }

    /** A sheet read to its end: its observations wait for the whole file to be read. */
    private record SheetRead(String name, SheetInterpreter interpreter, List<Observation> observations) {
    }

    /** The same figure written twice, e.g. a commune's sheet and the workbook's "Tổng hợp" sheet. */
    private static boolean sameFigure(Fact a, Fact b) {
        return a.value().compareTo(b.value()) == 0;
    }

    private static ParsedReport whole(String relative, ReasonCode reason, String message) {
        return new ParsedReport(relative, null, null, List.of(),
                List.of(new Reject(new SourceRef(relative, ""), reason, message)));
    }

    /** Interprets sheet after sheet and normalizes what each states. */
    private final class FileVisitor implements RowVisitor {
        private final String relative;
        private final ObservationNormalizer normalizer;
        private final List<Clue> fileClues;
        private final List<Fact> facts = new ArrayList<>();
        private final Set<Warning> warnings = new LinkedHashSet<>();
        private final RejectList rejects = new RejectList();
        private final LegacyCells legacy = new LegacyCells();
        private final Map<String, Fact> seen = new HashMap<>();
        private final ReadExplanation explanation;
        private SheetInterpreter sheet;
        private String sheetName;
        private List<Observation> pending;
        private Layout layout;
        private LocalDate reportDate;
        private TableHeader firstTable;
        private TableHeader nearMiss;
        private int sheets;
        private final List<SheetRead> ended = new ArrayList<>();

        FileVisitor(String relative, ReadExplanation explanation) {
            this.relative = relative;
            this.explanation = explanation;
            this.normalizer = new ObservationNormalizer(plan, relative);
            this.fileClues = AgencyAndPeriod.fileClues(relative);
        }

        @Override
        public boolean startSheet(String name, boolean hidden) {
            if (hidden) {
                return false;
            }
            sheets++;
            pending = new ArrayList<>();
            List<Clue> outside = new ArrayList<>(fileClues);
            if (name != null) {
                outside.add(AgencyAndPeriod.sheetClue(name));
            }
            sheet = new SheetInterpreter(plan, agencyAndPeriod, outside, pending::add);
            sheetName = name;
            return true;
        }

        @Override
        public void row(RawRow row) {
            sheet.row(legacy.repair(row));
        }

        @Override
        public void endSheet() {
            if (sheet == null) {
                return;
            }
            sheet.finish();
            ended.add(new SheetRead(sheetName, sheet, pending));
            pending = null;
            sheet = null;
        }

        /**
         * Normalizes what each sheet states, once all are read: a workbook whose sheets are named for the periods
         * within its title's ("Quý I", "Quý II" under "BÁO CÁO … NĂM 2026") gives each sheet's values its own period.
         */
        void finishFile() {
            Map<String, Located> periods = SheetPeriods.of(ended.stream().filter(s -> s.interpreter().foundTable())
                    .map(s -> new SheetPeriods.Sheet(s.name(), s.interpreter().context())).toList());
            for (SheetRead read : ended) {
                endSheet(read, read.name() == null ? null : periods.get(read.name())); // a CSV file's one sheet has no name
            }
            ended.clear();
        }

        private void endSheet(SheetRead read, Located ownPeriod) {
            SheetInterpreter interpreter = read.interpreter();
            if (explanation != null) {
                explanation.sheet(read.name(), interpreter);
                if (ownPeriod != null) {
                    explanation.ownPeriod(ownPeriod);
                }
            }
            if (!interpreter.foundTable()) {
                if (nearMiss == null) {
                    nearMiss = interpreter.nearMiss();
                }
                return;
            }
            if (layout == null) {
                layout = interpreter.layout();
                firstTable = interpreter.header();
            }
            if (reportDate == null) {
                reportDate = interpreter.context().reportDate();
            }
            List<Observation> observations = ownPeriod == null ? read.observations()
                    : SheetPeriods.apply(read.observations(), interpreter.context(), ownPeriod);
            List<ObservationNormalizer.Outcome> outcomes = new ArrayList<>(observations.size());
            for (Observation observation : observations) {
                ObservationNormalizer.Outcome outcome = normalizer.normalize(observation);
                if (explanation != null && outcome.reject() != null && outcome.reject().reason() == ReasonCode.UNKNOWN_INDICATOR) {
                    explanation.unmatched(observation, plan);
                }
                outcomes.add(outcome);
            }
            FractionColumns.Result result = FractionColumns.apply(observations, outcomes, plan, relative);
            result.outcomes().forEach(this::accept);
            warnings.addAll(result.warnings());
            warn(interpreter.context(), ownPeriod);
        }

        /**
         * Places of the sheet that disagree on its agency or period, under the period its values were given; none on
         * the period of a sheet named for its own.
         */
        private void warn(SheetContext context, Located ownPeriod) {
            List<AgencyAndPeriod.Disagreement> disagreements = context.disagreements().stream()
                    .filter(d -> ownPeriod == null || d.rule() != WarningRule.PERIOD_DISAGREES).toList();
            if (disagreements.isEmpty()) {
                return;
            }
            Optional<Period> period = PeriodParser.parse((ownPeriod != null ? ownPeriod : context.period()).text());
            if (period.isEmpty()) {
                return; // its values are rejected for want of a period; the reject tells the analyst
            }
            for (AgencyAndPeriod.Disagreement d : disagreements) {
                warnings.add(new Warning(new SourceRef(relative, d.location()), period.get(), d.rule(), d.message()));
            }
        }

        private void accept(ObservationNormalizer.Outcome outcome) {
            if (outcome.reject() != null) {
                rejects.add(outcome.reject());
                return;
            }
            if (outcome.fact() == null) {
                return;
            }
            Fact fact = outcome.fact();
            String key = fact.agencyCode() + "|" + fact.period().code() + "|" + fact.indicatorCode();
            Fact first = seen.putIfAbsent(key, fact);
            if (first != null) {
                if (!sameFigure(first, fact)) {
                    rejects.add(new Reject(fact.source(), ReasonCode.INCONSISTENT,
                            "Chỉ tiêu " + fact.indicatorCode() + " của " + fact.agencyCode() + " kỳ " + fact.period().label()
                                    + " ghi " + ViNumbers.number(fact.value()) + " ở đây nhưng ghi "
                                    + ViNumbers.number(first.value()) + " ở " + first.source().location()
                                    + " trong cùng tệp: giữ số liệu ở " + first.source().location()));
                }
                return; // a summary sheet repeating the agencies' own sheets states nothing new
            }
            facts.add(fact);
        }
    }
}
