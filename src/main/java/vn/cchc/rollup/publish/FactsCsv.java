package vn.cchc.rollup.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.score.Evaluation;
import vn.cchc.rollup.score.PeriodResult;

/** One machine-readable row per evaluation of the period; missing values have empty value and source. */
public final class FactsCsv {

    public static final List<String> HEADER = List.of(
            "agency_code", "agency_name", "agency_kind", "period", "indicator_code", "area_code", "unit",
            "numerator", "denominator", "value", "target", "status", "points", "note",
            "source_file", "source_location");

    private FactsCsv() {
    }

    public static void write(PeriodResult result, Path file) throws IOException {
        Csv.write(file, HEADER, printer -> {
            for (Evaluation evaluation : result.evaluations()) {
                Fact fact = evaluation.fact();
                printer.printRecord(
                        Csv.text(evaluation.agency().code()),
                        Csv.text(evaluation.agency().name()),
                        evaluation.agency().kind().name(),
                        evaluation.period().code(),
                        Csv.text(evaluation.indicator().code()),
                        Csv.text(evaluation.indicator().areaCode()),
                        evaluation.indicator().unit().name(),
                        Csv.number(fact == null ? null : fact.numerator()),
                        Csv.number(fact == null ? null : fact.denominator()),
                        Csv.number(fact == null ? null : fact.value()),
                        Csv.number(evaluation.target()),
                        evaluation.status().name(),
                        Csv.number(evaluation.points()),
                        Csv.text(fact == null ? null : fact.note()),
                        Csv.text(fact == null || fact.source() == null ? null : fact.source().file()),
                        Csv.text(fact == null || fact.source() == null ? null : fact.source().location()));
            }
        });
    }
}
