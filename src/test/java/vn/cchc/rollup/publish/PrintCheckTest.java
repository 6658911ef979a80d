package vn.cchc.rollup.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.cli.Cli;

/**
 * Prints what officials print: the sample input's 2026-Q1 summary and a scorecard, converted to PDF
 * by LibreOffice (A4 as set in the workbooks) and read back with poppler's pdftotext and pdfimages.
 * Skipped only outside CI when LibreOffice is not installed; on CI ({@code CI=true}) it must run.
 */
class PrintCheckTest {

    private static final String SUMMARY_TITLE = "Tổng hợp kết quả cải cách hành chính – Quý I/2026";
    /** The first page of each sheet carries its title; pages without one continue the sheet before. */
    private static final Map<String, String> SHEET_TITLES = new LinkedHashMap<>();

    static {
        SHEET_TITLES.put(OverviewSheet.NAME, "TỔNG HỢP KẾT QUẢ CẢI CÁCH HÀNH CHÍNH QUÝ I/2026");
        SHEET_TITLES.put(RankingSheet.SO, "XẾP HẠNG CHỈ SỐ CCHC CÁC SỞ, BAN, NGÀNH – QUÝ I/2026");
        SHEET_TITLES.put(RankingSheet.XA, "XẾP HẠNG CHỈ SỐ CCHC CÁC XÃ, PHƯỜNG – QUÝ I/2026");
        SHEET_TITLES.put(AreaScoresSheet.NAME, "ĐIỂM THEO LĨNH VỰC CẢI CÁCH HÀNH CHÍNH – QUÝ I/2026");
        SHEET_TITLES.put(IndicatorMatrixSheet.NAME, "MA TRẬN KẾT QUẢ CHỈ TIÊU THEO ĐƠN VỊ – QUÝ I/2026");
        SHEET_TITLES.put(NotReportedSheet.NAME, "ĐƠN VỊ CHƯA BÁO CÁO – QUÝ I/2026");
        SHEET_TITLES.put(SubmissionSheet.NAME, "TÌNH HÌNH NỘP BÁO CÁO – QUÝ I/2026");
        SHEET_TITLES.put(DataQualitySheet.NAME, "CHẤT LƯỢNG DỮ LIỆU – QUÝ I/2026");
        SHEET_TITLES.put(TaskIndicatorSheet.NAME, "CÁCH TÍNH CHỈ TIÊU CDDH-02 – QUÝ I/2026");
        SHEET_TITLES.put(TrendSheet.NAME, "XU HƯỚNG SO VỚI KỲ TRƯỚC VÀ CÙNG KỲ NĂM TRƯỚC – QUÝ I/2026");
        SHEET_TITLES.put(ChartsSheet.NAME, "BIỂU ĐỒ – QUÝ I/2026");
    }

    @TempDir
    static Path dir;
    static List<String> summary;
    static List<String> scorecard;
    static Path summaryPdf;
    /** Every period's summary of the sample, by period code. */
    static final Map<String, List<String>> summaries = new LinkedHashMap<>();
    /** The scorecards printed, by period and agency: one without tasks, two with a task catalogue. */
    static final Map<String, List<String>> scorecards = new LinkedHashMap<>();
    private static final List<String> PERIODS = List.of("2026-Q1", "2026-Q2", "2026-H1");
    private static final List<String> CARDS = List.of("2026-Q1/SO-NOIVU", "2026-Q1/XA-DUCTHO", "2026-Q2/SO-NGOAIVU");

    @BeforeAll
    static void printSample() throws Exception {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/soffice")) && Files.isExecutable(Path.of("/usr/bin/pdftotext"));
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(installed, "LibreOffice (soffice) and poppler-utils are not installed");
        }
        Path output = dir.resolve("output");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(List.of("run", "--input", Path.of("input").toAbsolutePath().toString(),
                "--output", output.toString(), "--data", dir.resolve("data").toString(), "--stable-seconds", "0"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Path pdfs = Files.createDirectories(dir.resolve("pdf"));
        // one LibreOffice start for all files, with a profile of its own so parallel runs do not collide
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", pdfs.toString()));
        PERIODS.forEach(p -> command.add(output.resolve(p + "/Tong-hop-CCHC-" + p + ".xlsx").toString()));
        for (String card : CARDS) {
            String[] parts = card.split("/");
            command.add(output.resolve(parts[0] + "/" + AgencyScorecard.FOLDER + "/" + parts[1] + ".xlsx").toString());
        }
        run(dir, command.toArray(String[]::new));
        for (String period : PERIODS) {
            summaries.put(period, pages(pdfs.resolve("Tong-hop-CCHC-" + period + ".pdf")));
        }
        for (String card : CARDS) {
            scorecards.put(card, pages(pdfs.resolve(card.split("/")[1] + ".pdf")));
        }
        summaryPdf = pdfs.resolve("Tong-hop-CCHC-2026-Q1.pdf");
        summary = summaries.get("2026-Q1");
        scorecard = scorecards.get("2026-Q1/SO-NOIVU");
    }

    @Test
    void everyPeriodsSummaryPrintsOnAtMostFifteenPages() {
        assertThat(summaries.keySet()).containsExactlyElementsOf(PERIODS);
        summaries.forEach((period, pages) -> {
            assertThat(pages).as(period).hasSizeBetween(SHEET_TITLES.size(), 15);
            assertThat(pages.get(pages.size() - 1)).as(period).contains("Trang " + pages.size() + "/" + pages.size());
        });
        // 2026-Q2 has a previous quarter: its trend table prints the khối lines, the rest folded
        String q2 = String.join("\n", summaries.get("2026-Q2"));
        assertThat(q2).contains("Khối Sở, ban, ngành").contains("Bản in chỉ gồm điểm khối");
    }

    @Test
    void everyScorecardPrintsOnAtMostTwoPagesWithTheOfficialBlockAndSignature() {
        scorecards.forEach((card, pages) -> {
            assertThat(pages).as(card).hasSizeBetween(1, 2);
            assertThat(pages.get(0)).as(card).contains("UBND TỈNH HÀ TĨNH").contains(OfficialDocument.MOTTO)
                    .contains("KẾT QUẢ CẢI CÁCH HÀNH CHÍNH");
            assertThat(pages.get(pages.size() - 1)).as(card).contains("KT. GIÁM ĐỐC").contains("PHÓ GIÁM ĐỐC");
        });
    }

    @Test
    void aScorecardWithTasksPrintsTheirCountsAndTheTasksNeedingAttention() {
        for (String card : List.of("2026-Q1/XA-DUCTHO", "2026-Q2/SO-NGOAIVU")) {
            String text = String.join("\n", scorecards.get(card)).replaceAll("\\s+", " ");
            assertThat(text).as(card).contains(AgencyScorecard.TASKS_TITLE).containsPattern("Tổng số \\d+ nhiệm vụ")
                    .contains("Danh sách đầy đủ");
        }
        String ngoaiVu = String.join("\n", scorecards.get("2026-Q2/SO-NGOAIVU")).replaceAll("\\s+", " ");
        assertThat(ngoaiVu).contains("Tổng số 44 nhiệm vụ").contains("Nhiệm vụ cần chú ý");
    }

    @Test
    void summaryPrintsOnAtMostFifteenPagesEachWithTitleAndPageNumber() {
        assertThat(summary).hasSizeBetween(SHEET_TITLES.size(), 15);
        for (int p = 0; p < summary.size(); p++) {
            assertThat(summary.get(p)).as("page %d", p + 1)
                    .contains(SUMMARY_TITLE)
                    .contains("Trang " + (p + 1) + "/" + summary.size())
                    .contains("In ngày ");
        }
    }

    @Test
    void eachSheetPrintsOnItsPagesWithItsTitle() {
        Map<String, Integer> pagesPerSheet = new LinkedHashMap<>();
        String current = null;
        for (String page : summary) {
            for (Map.Entry<String, String> sheet : SHEET_TITLES.entrySet()) {
                if (page.contains(sheet.getValue())) {
                    current = sheet.getKey();
                }
            }
            assertThat(current).as("the first page names its sheet").isNotNull();
            pagesPerSheet.merge(current, 1, Integer::sum);
        }
        assertThat(pagesPerSheet.keySet()).containsExactlyElementsOf(SHEET_TITLES.keySet());
        assertThat(pagesPerSheet.get(OverviewSheet.NAME)).isLessThanOrEqualTo(2);
        assertThat(pagesPerSheet.get(ChartsSheet.NAME)).isEqualTo(2);
        pagesPerSheet.forEach((sheet, pages) -> {
            if (!sheet.equals(OverviewSheet.NAME) && !sheet.equals(ChartsSheet.NAME)) {
                assertThat(pages).as(sheet).isEqualTo(1);
            }
        });
    }

    @Test
    void theOverviewIsAnOfficialDocument() {
        String first = summary.get(0);
        assertThat(first).contains("UBND TỈNH HÀ TĨNH").contains("SỞ NỘI VỤ")
                .contains(OfficialDocument.MOTTO).contains(OfficialDocument.MOTTO_LINE)
                .containsPattern("Hà Tĩnh, ngày\\s+tháng\\s+năm 2026");
        String overview = String.join("\n", summary.subList(0, 2));
        assertThat(overview).contains("KT. GIÁM ĐỐC").contains("PHÓ GIÁM ĐỐC").contains("Nơi nhận:");
    }

    @Test
    void eachChartSitsWholeOnOnePage() throws Exception {
        // pdfimages lists a picture once per page it is drawn on: a chart split over two pages shows twice;
        // "Biểu đồ" prints two charts to a page
        List<Integer> imagePages = new ArrayList<>();
        for (String line : run(dir, "pdfimages", "-list", summaryPdf.toString()).split("\n")) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length > 2 && fields[0].matches("\\d+") && fields[2].equals("image")) {
                imagePages.add(Integer.parseInt(fields[0]));
            }
        }
        assertThat(imagePages).hasSize(4);
        assertThat(new HashSet<>(imagePages)).hasSize(2);
        for (int page : imagePages) {
            assertThat(summary.get(page - 1)).contains("Trang " + page + "/");
        }
    }

    @Test
    void scorecardPrintsOnTwoPagesAsALetterWithASignatureBlock() {
        assertThat(scorecard).hasSizeBetween(1, 2);
        assertThat(scorecard.get(0)).contains("UBND TỈNH HÀ TĨNH").contains(OfficialDocument.MOTTO)
                .contains("KẾT QUẢ CẢI CÁCH HÀNH CHÍNH QUÝ I/2026").contains("Sở Nội vụ");
        assertThat(scorecard.get(scorecard.size() - 1)).contains("KT. GIÁM ĐỐC");
        for (int p = 0; p < scorecard.size(); p++) {
            assertThat(scorecard.get(p)).contains("Trang " + (p + 1) + "/" + scorecard.size());
        }
        assertThat(String.join("\n", scorecard)).contains(AgencyScorecard.NO_TASKS.substring(0, 20));
    }

    /** The text of each page (pdftotext separates pages with a form feed). */
    private static List<String> pages(Path pdf) throws Exception {
        String text = run(dir, "pdftotext", "-layout", pdf.toString(), "-");
        List<String> pages = new ArrayList<>(List.of(text.split("\f", -1)));
        if (pages.get(pages.size() - 1).isBlank()) {
            pages.remove(pages.size() - 1);
        }
        return pages;
    }

    private static String run(Path workDir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
