package vn.cchc.rollup.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.score.AgencyScore;
import vn.cchc.rollup.score.Evaluation;
import vn.cchc.rollup.score.PeriodResult;
import vn.cchc.rollup.score.Scope;
import vn.cchc.rollup.score.Status;

class CsvExportsTest {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path folder;

    @Test
    void textThatLooksLikeAFormulaGetsAQuoteButNumbersStayNumbers() {
        assertEquals("'=HYPERLINK(\"x\")", Csv.text("=HYPERLINK(\"x\")"));
        assertEquals("'+cmd", Csv.text("+cmd"));
        assertEquals("'-2+3", Csv.text("-2+3"));
        assertEquals("'@SUM(A1)", Csv.text("@SUM(A1)"));
        assertEquals("'\tx", Csv.text("\tx"));
        assertEquals("'\rx", Csv.text("\rx"));
        assertEquals("-5", Csv.text("-5"));
        assertEquals("-5.25", Csv.text("-5.25"));
        assertEquals("Sở Nội vụ", Csv.text("Sở Nội vụ"));
        assertEquals("", Csv.text(null));
    }

    @Test
    void numbersArePlainDotNotation() {
        assertEquals("1200", Csv.number(new BigDecimal("1.2E+3")));
        assertEquals("95.5", Csv.number(new BigDecimal("95.500")));
        assertEquals("0.0001", Csv.number(new BigDecimal("1E-4")));
        assertEquals("", Csv.number(null));
        assertEquals("81.46", Csv.number(new BigDecimal("81.4567"), 2));
    }

    @Test
    void rejectsCsvHasBomHeaderAndNeutralizedText() throws IOException {
        PeriodResult result = PublishFixture.periodResult();
        Path file = folder.resolve("rejects.csv");
        RejectsCsv.write(result.rejects(), file);

        assertArrayEquals(UTF8_BOM, Arrays.copyOf(Files.readAllBytes(file), 3));
        List<CSVRecord> records = read(file);
        assertEquals(result.rejects().size(), records.size());
        CSVRecord hyperlink = records.get(1);
        assertEquals("bao-cao/xa-la.csv", hyperlink.get("source_file"));
        assertEquals("dòng 4, cột B", hyperlink.get("source_location"));
        assertEquals("UNKNOWN_INDICATOR", hyperlink.get("reason_code"));
        assertEquals("'" + PublishFixture.HYPERLINK_MESSAGE, hyperlink.get("message"));
        assertEquals("'+cmd.xlsx", records.get(2).get("source_file"));
        assertEquals("-5", records.get(2).get("message"));
    }

    @Test
    void factsCsvHasOneRowPerEvaluation() throws IOException {
        PeriodResult result = PublishFixture.periodResult();
        Path file = folder.resolve("facts.csv");
        FactsCsv.write(result, file);

        assertArrayEquals(UTF8_BOM, Arrays.copyOf(Files.readAllBytes(file), 3));
        List<CSVRecord> records = read(file);
        assertEquals(result.evaluations().size(), records.size());
        assertEquals(FactsCsv.HEADER, records.get(0).getParser().getHeaderNames());

        Evaluation missing = result.evaluations().stream().filter(e -> e.status() == Status.MISSING)
                .findFirst().orElseThrow();
        CSVRecord missingRow = find(records, missing);
        assertEquals("MISSING", missingRow.get("status"));
        assertEquals("", missingRow.get("value"));
        assertEquals("", missingRow.get("source_file"));
        assertEquals("0", missingRow.get("points"));

        Evaluation ratio = result.evaluations().stream()
                .filter(e -> e.fact() != null && e.fact().hasRatio()).findFirst().orElseThrow();
        CSVRecord ratioRow = find(records, ratio);
        assertEquals(ratio.fact().numerator(), new BigDecimal(ratioRow.get("numerator")));
        assertEquals(0, ratio.fact().value().compareTo(new BigDecimal(ratioRow.get("value"))));
        assertTrue(ratioRow.get("value").matches("\\d+(\\.\\d+)?"), ratioRow.get("value"));
        assertEquals(ratio.agency().name(), ratioRow.get("agency_name"));
        assertEquals("2026-Q1", ratioRow.get("period"));
        assertEquals(ratio.fact().source().location(), ratioRow.get("source_location"));

        assertTrue(records.stream().anyMatch(r -> r.get("note").equals("'" + PublishFixture.FORMULA_NOTE)));
        assertTrue(records.stream().noneMatch(r -> r.get("note").startsWith("=")));
        assertTrue(records.stream().anyMatch(r -> r.get("status").equals("NOT_DUE")));
        assertTrue(records.stream().anyMatch(r -> r.get("value").equals("1200") || r.get("value").startsWith("120")));
    }

    @Test
    void scoresCsvHasAgencyKindAndProvinceRows() throws IOException {
        PeriodResult result = PublishFixture.periodResult();
        Path file = folder.resolve("scores.csv");
        ScoresCsv.write(result, file);

        List<CSVRecord> records = read(file);
        assertEquals(ScoresCsv.HEADER, records.get(0).getParser().getHeaderNames());
        AgencyScore agency = result.scores().get(0);
        CSVRecord total = records.stream()
                .filter(r -> r.get("scope").equals("AGENCY") && r.get("scope_code").equals(agency.agency().code())
                        && r.get("area_code").equals("TOTAL"))
                .findFirst().orElseThrow();
        assertEquals(agency.score().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), total.get("score"));
        assertEquals(String.valueOf(agency.rank()), total.get("rank"));

        CSVRecord kind = records.stream()
                .filter(r -> r.get("scope").equals("KIND") && r.get("scope_code").equals("XA")
                        && r.get("area_code").equals("TTHC"))
                .findFirst().orElseThrow();
        assertEquals("", kind.get("rank"));
        BigDecimal expected = result.scopes().stream().filter(s -> s.scope() == Scope.XA).findFirst().orElseThrow()
                .areaScores().get("TTHC");
        assertEquals(expected.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), kind.get("score"));
        assertEquals(1, records.stream()
                .filter(r -> r.get("scope").equals("PROVINCE") && r.get("area_code").equals("TOTAL")
                        && r.get("scope_code").equals("PROVINCE"))
                .count());
        assertTrue(records.stream().allMatch(r -> r.get("score").matches("\\d+\\.\\d{2}")));
    }

    private static CSVRecord find(List<CSVRecord> records, Evaluation evaluation) {
        return records.stream()
                .filter(r -> r.get("agency_code").equals(evaluation.agency().code())
                        && r.get("indicator_code").equals(evaluation.indicator().code()))
                .findFirst().orElseThrow();
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = new java.io.InputStreamReader(
                BOMInputStream.builder().setPath(file).get(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords();
        }
    }
}
