package vn.cchc.rollup.read;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.rollup.testing.GridFiles.row;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.catalog.PlanLoader;

/** Where the header of a table stands and how deep it is, read from real files. */
class HeaderBlockFinderTest {

    private final HeaderBlockFinder finder = new HeaderBlockFinder(PlanLoader.builtIn());

    @TempDir
    Path dir;

    @Test
    void aHeaderMergedOverSubColumnsIsTwoRowsDeepAndEachSubColumnKnowsItsGroup() throws Exception {
        List<Object> upper = row("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Kết quả thực hiện", null, null, "Ghi chú");
        List<Object> lower = row(null, null, null, null, "Tử số", "Mẫu số", "Tỷ lệ / Giá trị", null);
        List<RawRow> rows = read(LetterheadReports.write(dir.resolve("hai-dong.xlsx"), "SỞ NỘI VỤ", "BÁO CÁO QUÝ I NĂM 2026",
                List.of(upper, lower), List.of(row(1, "Công khai tài chính đúng quy định", null, "Có", null, null, "Có", null))));

        TableHeader header = finder.find(rows).header();

        assertThat(header.block.rowRange()).isEqualTo("dòng 7–8");
        assertThat(header.block.headings().get(4).text()).isEqualTo("Kết quả thực hiện / Tử số");
        assertThat(header.block.headings().get(6).text()).isEqualTo("Kết quả thực hiện / Tỷ lệ / Giá trị");
        assertThat(header.block.headings().get(7).text()).isEqualTo("Ghi chú");
        assertThat(header.column(HeaderRole.NUMERATOR)).isEqualTo(4);
        assertThat(header.column(HeaderRole.DENOMINATOR)).isEqualTo(5);
        assertThat(header.column(HeaderRole.VALUE)).isEqualTo(6);
        assertThat(header.column(HeaderRole.TARGET)).isEqualTo(3);
        assertThat(header.column(HeaderRole.INDICATOR_NAME)).isEqualTo(1);
    }

    @Test
    void aRowNumberingTheColumnsBelongsToTheHeader() throws Exception {
        List<RawRow> rows = read(GridFiles.write(dir.resolve("so-cot.xlsx"), "BC", List.of(
                row("BÁO CÁO QUÝ I/2026"),
                row("TT", "Nội dung", "ĐVT", "Kết quả"),
                row("(1)", "(2)", "(3)", "(4)"),
                row(1, "Công khai tài chính đúng quy định", null, "Có"))));

        TableHeader header = finder.find(rows).header();

        assertThat(header.block.rowRange()).isEqualTo("dòng 2–3");
        assertThat(header.column(HeaderRole.VALUE)).isEqualTo(3);
    }

    @Test
    void aLabelRowAboveTheTableIsNotPartOfItsHeader() throws Exception {
        List<RawRow> rows = read(GridFiles.write(dir.resolve("nhan.csv"), null, List.of(
                row("Kỳ báo cáo:", "Quý I/2026"),
                row("Mã chỉ tiêu", "Giá trị"),
                row("CDDH-04", 7))));

        TableHeader header = finder.find(rows).header();

        assertThat(header.block.rowRange()).isEqualTo("dòng 2");
        assertThat(header.column(HeaderRole.PERIOD)).isNull();
    }

    @Test
    void aWideHeaderWithIndicatorsGroupedOverTheirSubColumns() throws Exception {
        List<RawRow> rows = read(GridFiles.write(dir.resolve("ngang.xls"), "TH", List.of(
                row("STT", "Đơn vị", "Kết quả thực hiện", null, null),
                row(null, null, "TTHC-05", null, "Công khai tài chính đúng quy định"),
                row(null, null, "Tử số", "Mẫu số", null),
                row(1, "Sở Nội vụ", 45, 50, "Có"))));

        TableHeader header = finder.find(rows).header();

        assertThat(header.isWide()).isTrue();
        assertThat(header.block.rowRange()).isEqualTo("dòng 1–3");
        assertThat(header.indicatorColumns.get(2).numerator).isEqualTo(2);
        assertThat(header.indicatorColumns.get(2).denominator).isEqualTo(3);
        assertThat(header.indicatorColumns.get(4).indicator.code()).isEqualTo("TCC-01");
        assertThat(header.indicatorColumns.get(4).value).isEqualTo(4);
    }

    @Test
    void withoutAResultColumnTheNearestMissIsKeptToTellTheAnalyst() throws Exception {
        List<RawRow> rows = read(GridFiles.write(dir.resolve("thieu.xlsx"), "BC", List.of(
                row("STT", "Chỉ tiêu", "Kế hoạch", "Quý này", "Lũy kế"),
                row(1, "Công khai tài chính đúng quy định", 1, 1, 1))));

        HeaderBlockFinder.Finding finding = finder.find(rows);

        assertThat(finding.header()).isNull();
        assertThat(finding.nearMiss().missing()).singleElement().asString().startsWith("không nhận ra cột kết quả");
        assertThat(finding.nearMiss().headings()).isEqualTo("STT, Chỉ tiêu, Kế hoạch, Quý này, Lũy kế");
    }

    private static List<RawRow> read(Path file) throws Exception {
        CollectingVisitor visitor = new CollectingVisitor();
        TableReaders.forFile(file).orElseThrow().read(file, visitor);
        return visitor.rows;
    }

    /** The grid writer of the tests, here to keep the imports of this test short. */
    private static final class GridFiles {
        static Path write(Path file, String sheet, List<List<Object>> rows) throws Exception {
            return vn.cchc.rollup.testing.GridFiles.write(file, sheet, rows);
        }
    }
}
