package vn.cchc.rollup.job;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.rollup.testing.GridFiles.row;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.cli.Cli;
import vn.cchc.rollup.testing.GridFiles;

/** Places of a file disagreeing on its agency or period reach warnings.csv through the real job, and stay while the file does. */
class DisagreementWarningsJobTest {

    @TempDir
    Path root;

    @Test
    void aDisagreementIsWarnedWithFileAndLocationAndLastsAsLongAsTheFile() throws Exception {
        Path reports = Files.createDirectories(root.resolve("input/reports/2026/Quy I"));
        GridFiles.write(reports.resolve("skhcn_q1_2026.xlsx"), "Báo cáo", List.of(
                row("Đơn vị báo cáo:", "Sở Nội vụ"),
                row("Kỳ báo cáo:", "Quý I/2026"),
                row(),
                row("STT", "Mã chỉ tiêu", "Tên chỉ tiêu", "Giá trị"),
                row(1, "CDDH-04", "Số tin, bài", 7)));
        GridFiles.write(reports.resolve("snv.xlsx"), "Báo cáo", List.of(
                row("STT", "Mã chỉ tiêu", "Tên chỉ tiêu", "Giá trị"),
                row(1, "TCC-01", "Công khai tài chính", "Có")));

        assertThat(run()).isZero();
        List<CSVRecord> warnings = warnings();
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.get("source_file")).isEqualTo("2026/Quy I/skhcn_q1_2026.xlsx");
            assertThat(w.get("source_location")).isEqualTo("Báo cáo!B1");
            assertThat(w.get("rule_code")).isEqualTo("AGENCY_DISAGREES");
            assertThat(w.get("message")).contains("Sở Nội vụ (ô Báo cáo!B1)")
                    .contains("Sở Khoa học và Công nghệ (tên tệp)");
        });
        // one file says Sở Nội vụ in a cell, the other's name and folders say Sở Nội vụ, Quý I/2026
        String facts = Files.readString(root.resolve("output/2026-Q1/facts.csv"));
        assertThat(facts).contains("SO-NOIVU,Sở Nội vụ,SO,2026-Q1,CDDH-04,CDDH,COUNT,,,7,6,MET,3,,2026/Quy I/skhcn_q1_2026.xlsx,Báo cáo!D5")
                .contains("SO-NOIVU,Sở Nội vụ,SO,2026-Q1,TCC-01,TCC,YES_NO,,,1,1,MET");

        assertThat(run()).isZero(); // nothing read again: the warning is kept with the file
        assertThat(warnings()).hasSize(1);

        Files.delete(reports.resolve("skhcn_q1_2026.xlsx"));
        assertThat(run()).isZero();
        assertThat(warnings()).isEmpty();
    }

    private int run() {
        List<String> args = new ArrayList<>(List.of("run", "--input", root.resolve("input").toString(),
                "--output", root.resolve("output").toString(), "--data", root.resolve("data").toString(),
                "--stable-seconds", "0"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    private List<CSVRecord> warnings() throws Exception {
        String text = Files.readString(root.resolve("output/warnings.csv"), StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(text)).getRecords();
    }
}
