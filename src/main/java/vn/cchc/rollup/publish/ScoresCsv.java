package vn.cchc.rollup.publish;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import vn.cchc.rollup.catalog.Area;
import vn.cchc.rollup.score.AgencyScore;
import vn.cchc.rollup.score.PeriodResult;
import vn.cchc.rollup.score.Scope;
import vn.cchc.rollup.score.ScopeScore;

/**
 * Scores of agencies, kinds and the province, overall ({@code TOTAL}) and per area. The rank
 * (within the agency's kind) is given on an agency's TOTAL row only.
 */
public final class ScoresCsv {

    public static final List<String> HEADER = List.of("scope", "scope_code", "period", "area_code", "score", "rank");
    public static final String TOTAL = "TOTAL";

    private ScoresCsv() {
    }

    public static void write(PeriodResult result, Path file) throws IOException {
        String period = result.period().code();
        List<Area> areas = result.plan().areas();
        Csv.write(file, HEADER, printer -> {
            for (AgencyScore score : result.scores()) {
                printRows(printer, "AGENCY", score.agency().code(), period, score.score(), score.areaScores(),
                        areas, String.valueOf(score.rank()));
            }
            for (ScopeScore scope : result.scopes()) {
                String type = scope.scope() == Scope.PROVINCE ? "PROVINCE" : "KIND";
                printRows(printer, type, scope.scope().name(), period, scope.score(), scope.areaScores(), areas, "");
            }
        });
    }

    private static void printRows(CSVPrinter printer, String scope, String code, String period, BigDecimal total,
            Map<String, BigDecimal> areaScores, List<Area> areas, String rank) throws IOException {
        printer.printRecord(scope, Csv.text(code), period, TOTAL, Csv.number(total, 2), rank);
        for (Area area : areas) {
            BigDecimal score = areaScores.get(area.code());
            if (score != null) {
                printer.printRecord(scope, Csv.text(code), period, Csv.text(area.code()), Csv.number(score, 2), "");
            }
        }
    }
}
