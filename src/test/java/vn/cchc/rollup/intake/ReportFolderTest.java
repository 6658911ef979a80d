package vn.cchc.rollup.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFolderTest {

    @TempDir
    Path root;

    @Test
    void symlinksLeadingOutsideTheFolderAreNotFollowed() throws Exception {
        Path reports = Files.createDirectories(root.resolve("reports/2026-Q1"));
        Path outside = Files.createDirectories(root.resolve("elsewhere"));
        Files.writeString(outside.resolve("mat-khau.csv"), "secret");
        Files.writeString(reports.resolve("Báo cáo Sở Nội vụ quý I.xlsx"), "x");
        Files.writeString(reports.resolve(".an.csv"), "hidden");
        Files.createSymbolicLink(reports.resolve("lien-ket-ra-ngoai.csv"), outside.resolve("mat-khau.csv"));
        Files.createSymbolicLink(reports.resolve("thu-muc-ngoai"), outside);
        Files.createSymbolicLink(reports.resolve("ban-sao.xlsx"), reports.resolve("Báo cáo Sở Nội vụ quý I.xlsx"));
        Files.createSymbolicLink(reports.resolve("hong.csv"), root.resolve("khong-co"));

        ReportFolder folder = new ReportFolder(root.resolve("reports"));

        assertThat(folder.files()).extracting(folder::relative)
                .containsExactly("2026-Q1/Báo cáo Sở Nội vụ quý I.xlsx", "2026-Q1/ban-sao.xlsx");
        FileFingerprint fingerprint = folder.fingerprint(folder.files().get(0));
        assertThat(fingerprint.relative()).isEqualTo("2026-Q1/Báo cáo Sở Nội vụ quý I.xlsx");
        assertThat(fingerprint.size()).isEqualTo(1);
    }
}
