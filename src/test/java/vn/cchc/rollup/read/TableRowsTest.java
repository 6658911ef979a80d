package vn.cchc.rollup.read;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.rollup.testing.GridFiles.row;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;
import vn.cchc.rollup.testing.GridFiles;

/** Each shape of table's rows to observations, read from real files under a header the finder found; an agency
 * taken from above keeps the cell where it is written. */
class TableRowsTest {

    private static final Plan PLAN = PlanLoader.builtIn();

    @TempDir
    Path dir;

    private final List<Observation> observations = new ArrayList<>();
    private final List<Boolean> goesOn = new ArrayList<>();

    @Test
    void aRowPerIndicatorEndsAtTheSignatureBlock() throws Exception {
        TableRows rows = read("mau.csv", List.of(
                row("STT", "Mã chỉ tiêu", "Giá trị"),
                row(1, "TTHC-05", "90"),
                row("II", "Cải cách thể chế", null),
                row(2, "TC-01", "100"),
                row(null, null, "NGƯỜI LẬP BIỂU"),
                row(3, "TC-02", "100")));

        assertThat(rows).isInstanceOf(IndicatorRows.class);
        assertThat(observations).extracting(o -> o.indicator().text() + "=" + o.value().cell().text())
                .containsExactly("TTHC-05=90", "TC-01=100");
        assertThat(goesOn).containsExactly(true, true, true, false);
    }

    @Test
    void aRowPerAgencyPassesOverTheTargetRowAndTakesTheAgencyAbove() throws Exception {
        TableRows rows = read("ngang.csv", List.of(
                row("STT", "Đơn vị", "Nội dung", "TTHC-05", "TTHC-06"),
                row(1, "Xã Đức Thọ", "Kế hoạch", "80", "99"),
                row(null, null, "Thực hiện", "85", "99,5")));

        assertThat(rows).isInstanceOf(AgencyRows.class);
        assertThat(observations).extracting(o -> o.agency().text() + " " + o.agency().location() + " "
                        + o.indicator().text() + "=" + o.value().cell().text())
                .containsExactlyInAnyOrder("Xã Đức Thọ dòng 2, cột B TTHC-05=85", "Xã Đức Thọ dòng 2, cột B TTHC-06=99,5");
    }

    @Test
    void aColumnPerAgencyGivesEachAgencyItsHeadingsCell() throws Exception {
        TableRows rows = read("cot.csv", List.of(
                row("STT", "Chỉ tiêu", "Sở Tư pháp", "Sở Y tế", "Tổng cộng"),
                row(1, "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "92", null, "92"),
                row(2, "TC-01", "100", "95", "195")));

        assertThat(rows).isInstanceOf(AgencyColumnRows.class);
        assertThat(observations).extracting(o -> o.agency().text() + " " + o.agency().location() + " "
                        + o.indicator().text() + "=" + o.value().cell().text())
                .containsExactlyInAnyOrder(
                        "Sở Tư pháp dòng 1, cột C Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến=92",
                        "Sở Tư pháp dòng 1, cột C TC-01=100",
                        "Sở Y tế dòng 1, cột D TC-01=95");
    }

    /** Finds the header among the file's rows and passes the rows under it to the table's rows. */
    private TableRows read(String name, List<List<Object>> grid) throws Exception {
        Path file = GridFiles.write(dir.resolve(name), null, grid);
        CollectingVisitor visitor = new CollectingVisitor();
        TableReaders.forFile(file).orElseThrow().read(file, visitor);
        TableHeader header = new HeaderBlockFinder(PLAN).find(visitor.rows).header();
        SheetContext context = new SheetContext(PLAN, new AgencyAndPeriod(PLAN), List.of());
        TableRows rows = TableRows.of(PLAN, header, context, observations::add);
        int below = visitor.rows.indexOf(header.block.bottom()) + 1;
        for (RawRow row : visitor.rows.subList(below, visitor.rows.size())) {
            boolean more = rows.read(row);
            goesOn.add(more);
            if (!more) {
                break;
            }
        }
        return rows;
    }
}
