package vn.cchc.rollup.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedKeysTest {

    @TempDir
    Path output;
    Path published;
    Path staged;

    @BeforeEach
    void publishOne() throws IOException {
        published = output.resolve("2026-Q1/don-vi/SO-NOIVU.xlsx");
        staged = output.resolve(".staging/2026-Q1/don-vi/SO-NOIVU.xlsx");
        Files.createDirectories(published.getParent());
        Files.writeString(published, "phiếu kết quả");
        Files.setLastModifiedTime(published, FileTime.from(Instant.parse("2026-04-01T00:00:00Z")));
        PublishedKeys first = PublishedKeys.load(output, "program 1");
        first.made("2026-Q1/don-vi/SO-NOIVU.xlsx", first.key("nội dung"));
        first.save();
    }

    @Test
    void theSameContentReusesThePublishedFile() throws IOException {
        PublishedKeys keys = PublishedKeys.load(output, "program 1");
        assertThat(keys.reuse("2026-Q1/don-vi/SO-NOIVU.xlsx", keys.key("nội dung"), staged)).isTrue();
        assertThat(Files.readString(staged)).isEqualTo("phiếu kết quả");
        assertThat(Files.getLastModifiedTime(staged)).isEqualTo(Files.getLastModifiedTime(published));
    }

    @Test
    void otherContentAnotherProgramOrPlanMeansMakingItAgain() {
        PublishedKeys keys = PublishedKeys.load(output, "program 1");
        assertThat(keys.reuse("2026-Q1/don-vi/SO-NOIVU.xlsx", keys.key("nội dung khác"), staged)).isFalse();
        PublishedKeys newBuild = PublishedKeys.load(output, "program 2");
        assertThat(newBuild.reuse("2026-Q1/don-vi/SO-NOIVU.xlsx", newBuild.key("nội dung"), staged)).isFalse();
        assertThat(keys.reuse("2026-Q1/don-vi/SO-TUPHAP.xlsx", keys.key("nội dung"), staged)).isFalse();
        assertThat(staged).doesNotExist();
    }

    @Test
    void aFileTouchedOrEditedSinceIsMadeAgain() throws IOException {
        Files.setLastModifiedTime(published, FileTime.from(Instant.parse("2026-04-02T00:00:00Z")));
        PublishedKeys keys = PublishedKeys.load(output, "program 1");
        assertThat(keys.reuse("2026-Q1/don-vi/SO-NOIVU.xlsx", keys.key("nội dung"), staged)).isFalse();

        Files.writeString(published, "phiếu đã sửa tay");
        assertThat(keys.reuse("2026-Q1/don-vi/SO-NOIVU.xlsx", keys.key("nội dung"), staged)).isFalse();
        Files.delete(published);
        assertThat(keys.reuse("2026-Q1/don-vi/SO-NOIVU.xlsx", keys.key("nội dung"), staged)).isFalse();
    }

    @Test
    void aLostOrBrokenListReusesNothing() throws IOException {
        Files.writeString(output.resolve(PublishedKeys.FILE), "2026-Q1/don-vi/SO-NOIVU.xlsx\tkhông phải số\n",
                StandardCharsets.UTF_8);
        PublishedKeys keys = PublishedKeys.load(output, "program 1");
        assertThat(keys.reuse("2026-Q1/don-vi/SO-NOIVU.xlsx", keys.key("nội dung"), staged)).isFalse();
        Files.delete(output.resolve(PublishedKeys.FILE));
        PublishedKeys none = PublishedKeys.load(output, "program 1");
        assertThat(none.reuse("2026-Q1/don-vi/SO-NOIVU.xlsx", none.key("nội dung"), staged)).isFalse();
    }

    @Test
    void savingKeepsUntouchedEarlierFilesAndDropsGoneOnes() throws IOException {
        Path other = output.resolve("2026-Q2/don-vi/XA-DUCTHO.xlsx");
        Files.createDirectories(other.getParent());
        Files.writeString(other, "phiếu quý II");
        PublishedKeys second = PublishedKeys.load(output, "program 1");
        second.made("2026-Q2/don-vi/XA-DUCTHO.xlsx", second.key("quý II"));
        second.save();

        PublishedKeys third = PublishedKeys.load(output, "program 1");
        assertThat(third.reuse("2026-Q1/don-vi/SO-NOIVU.xlsx", third.key("nội dung"), staged))
                .as("not made in the second run, still listed").isTrue();
        Files.delete(other);
        third.save();
        assertThat(Files.readString(output.resolve(PublishedKeys.FILE)))
                .contains("2026-Q1/don-vi/SO-NOIVU.xlsx").doesNotContain("XA-DUCTHO");
    }

    @Test
    void filesMadeTogetherAreReusedAllOrNone() throws IOException {
        Path period = output.resolve("2026-Q2");
        Files.createDirectories(period.resolve("charts"));
        Files.createDirectories(period.resolve("don-vi"));
        Files.writeString(period.resolve("Tong-hop.xlsx"), "bảng tổng hợp");
        Files.writeString(period.resolve("charts/diem.png"), "biểu đồ");
        Files.writeString(period.resolve("don-vi/SO-NOIVU.xlsx"), "phiếu");
        PublishedKeys first = PublishedKeys.load(output, "program 1");
        String key = first.key("tổng hợp quý II");
        first.madeAll("2026-Q2/", key, period, "don-vi");
        first.save();
        assertThat(Files.readString(output.resolve(PublishedKeys.FILE)))
                .contains("2026-Q2/Tong-hop.xlsx", "2026-Q2/charts/diem.png").doesNotContain("2026-Q2/don-vi");

        Path staging = output.resolve(".staging/2026-Q2");
        PublishedKeys second = PublishedKeys.load(output, "program 1");
        assertThat(second.reuseAll("2026-Q2/", second.key("tổng hợp quý II"), staging)).isTrue();
        assertThat(Files.readString(staging.resolve("charts/diem.png"))).isEqualTo("biểu đồ");
        assertThat(staging.resolve("Tong-hop.xlsx")).exists();
        assertThat(staging.resolve("don-vi")).doesNotExist();

        Path other = output.resolve(".staging-2/2026-Q2");
        assertThat(second.reuseAll("2026-Q2/", second.key("tổng hợp khác"), other)).isFalse();
        assertThat(second.reuseAll("2026-Q1/", second.key("tổng hợp quý II"), other)).as("another folder").isFalse();
        // one of the files touched since: none is reused, none is left behind
        Files.setLastModifiedTime(period.resolve("charts/diem.png"), FileTime.from(Instant.parse("2026-05-01T00:00:00Z")));
        PublishedKeys third = PublishedKeys.load(output, "program 1");
        assertThat(third.reuseAll("2026-Q2/", third.key("tổng hợp quý II"), other)).isFalse();
        assertThat(other).doesNotExist();
    }
    @Test
    void aMemberOfAGroupIsReusedByItsOwnKeyWhenTheGroupIsMadeAgain() throws IOException {
        Path period = output.resolve("2026-Q3");
        Files.createDirectories(period.resolve("charts"));
        Files.writeString(period.resolve("Tong-hop.xlsx"), "bảng tổng hợp");
        Files.writeString(period.resolve("charts/diem.png"), "biểu đồ điểm");
        Files.writeString(period.resolve("charts/xep-hang.png"), "biểu đồ xếp hạng");
        PublishedKeys first = PublishedKeys.load(output, "program 1");
        String group = first.key("tổng hợp quý III");
        first.madeMember("2026-Q3/charts/diem.png", group, first.key("điểm"));
        first.madeMember("2026-Q3/charts/xep-hang.png", group, first.key("xếp hạng"));
        first.madeAll("2026-Q3/", group, period);
        first.save();

        // the same summary: the whole group, members included
        PublishedKeys second = PublishedKeys.load(output, "program 1");
        Path staging = output.resolve(".staging/2026-Q3");
        assertThat(second.reuseAll("2026-Q3/", second.key("tổng hợp quý III"), staging)).isTrue();
        assertThat(Files.readString(staging.resolve("charts/diem.png"))).isEqualTo("biểu đồ điểm");

        // another summary: a member whose own key is the same is reused, and stays a member of the new group
        PublishedKeys third = PublishedKeys.load(output, "program 1");
        String newGroup = third.key("tổng hợp quý III, sửa");
        Path other = output.resolve(".staging-2/2026-Q3");
        assertThat(third.reuseAll("2026-Q3/", newGroup, other)).isFalse();
        assertThat(third.reuseMember("2026-Q3/charts/diem.png", newGroup, third.key("điểm"), other.resolve("charts/diem.png")))
                .isTrue();
        assertThat(third.reuseMember("2026-Q3/charts/xep-hang.png", newGroup, third.key("xếp hạng khác"),
                other.resolve("charts/xep-hang.png"))).isFalse();
        assertThat(third.reuseMember("2026-Q3/Tong-hop.xlsx", newGroup, third.key("bảng tổng hợp"),
                other.resolve("Tong-hop.xlsx"))).as("not a member").isFalse();
        assertThat(Files.readString(other.resolve("charts/diem.png"))).isEqualTo("biểu đồ điểm");
        Files.writeString(other.resolve("charts/xep-hang.png"), "biểu đồ xếp hạng mới");
        third.madeMember("2026-Q3/charts/xep-hang.png", newGroup, third.key("xếp hạng khác"));
        Files.writeString(other.resolve("Tong-hop.xlsx"), "bảng tổng hợp mới");
        third.madeAll("2026-Q3/", newGroup, other);
        // as the run does: the staged folder becomes the published one
        Files.move(other.resolve("charts/xep-hang.png"), period.resolve("charts/xep-hang.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.move(other.resolve("Tong-hop.xlsx"), period.resolve("Tong-hop.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        third.save();

        PublishedKeys fourth = PublishedKeys.load(output, "program 1");
        Path again = output.resolve(".staging-3/2026-Q3");
        assertThat(fourth.reuseAll("2026-Q3/", newGroup, again)).as("the new group, the kept member in it").isTrue();
        assertThat(Files.readString(again.resolve("charts/diem.png"))).isEqualTo("biểu đồ điểm");
        assertThat(Files.readString(again.resolve("charts/xep-hang.png"))).isEqualTo("biểu đồ xếp hạng mới");
    }
}
