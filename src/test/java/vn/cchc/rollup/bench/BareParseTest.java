package vn.cchc.rollup.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.read.ParsedReport;
import vn.cchc.rollup.read.ReportParser;
import vn.cchc.rollup.sample.SampleGenerator;

class BareParseTest {

    @TempDir
    Path input;

    @Test
    void interpretingReadsEveryFileAsTheRunDoesWhateverTheThreads() throws Exception {
        Path reports = input.resolve("reports");
        SampleGenerator.generate(PlanLoader.builtIn(), List.of(Period.quarter(2026, 1)), reports, 7);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(reports)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        ReportParser parser = new ReportParser(PlanLoader.builtIn());
        long facts = 0;
        long rejects = 0;
        for (Path file : files) {
            ParsedReport report = parser.parse(file, reports.relativize(file).toString());
            facts += report.facts().size();
            rejects += report.rejects().size();
        }
        assertThat(facts).isPositive();

        for (int threads : new int[] {1, 2}) {
            BareParse.Interpreted interpreted = BareParse.interpret(input, threads);
            assertThat(interpreted.files()).isEqualTo(files.size());
            assertThat(interpreted.facts()).isEqualTo(facts);
            assertThat(interpreted.rejects()).isEqualTo(rejects);
            assertThat(interpreted.line()).startsWith("interpret files=" + files.size() + " facts=" + facts);
        }
        BareParse.Totals bare = BareParse.run(reports, 2);
        assertThat(bare.files()).isEqualTo(files.size());
        assertThat(bare.rows()).isPositive();
    }
}
