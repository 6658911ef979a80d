package vn.cchc.rollup.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.cchc.rollup.catalog.PlanLoader;

/** Each column's role from its heading's words and from the cells under it. */
class ColumnRoleScorerTest {

    private final ColumnRoleScorer scorer = new ColumnRoleScorer(PlanLoader.builtIn());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Kết quả                      | VALUE",
        "Kết quả thực hiện            | VALUE",
        "Thực hiện                    | VALUE",
        "THỰC HIỆN KỲ BÁO CÁO         | VALUE",
        "Tỷ lệ (%)                    | VALUE",
        "Giá trị                      | VALUE",
        "Số lượng                     | VALUE",
        "Tỷ lệ / Giá trị              | VALUE",
        "Ket qua thuc hien            | VALUE",
        "Kế hoạch                     | TARGET",
        "Chỉ tiêu kế hoạch            | TARGET",
        "Mục tiêu                     | TARGET",
        "KH                           | TARGET",
        "KẾ HOẠCH NĂM 2026            | TARGET",
        "Tử số                        | NUMERATOR",
        "Mẫu số                       | DENOMINATOR",
        "Có/Không                     | YES_NO",
        "Đạt/Không đạt                | YES_NO",
        "Ghi chú                      | NOTE",
        "STT                          | ROW_NUMBER",
        "Đơn vị tính                  | UNIT",
        "ĐVT                          | UNIT",
        "Kỳ báo cáo                   | PERIOD",
        "Mã đơn vị                    | AGENCY_CODE",
        "Tên đơn vị                   | AGENCY_NAME",
    })
    void headerWordsGiveTheRole(String heading, HeaderRole role) {
        TableHeader header = assign(List.of(rowOf("Mã chỉ tiêu", heading.replace("\\n", "\n"))),
                List.of(rowOf("TTHC-05", "1")));
        assertThat(header.columns.get(1).role()).isEqualTo(role);
    }

    @Test
    void aLineBreakInsideTheHeadingDoesNotMatter() {
        TableHeader header = assign(List.of(rowOf("Mã chỉ tiêu", "Kết quả\nthực hiện", "Chỉ tiêu\r\nkế hoạch")),
                List.of(rowOf("TTHC-05", "90", "80")));
        assertThat(header.column(HeaderRole.VALUE)).isEqualTo(1);
        assertThat(header.column(HeaderRole.TARGET)).isEqualTo(2);
    }

    @Test
    void chiTieuOverNamesIsTheIndicatorAndOverNumbersTheTarget() {
        TableHeader header = assign(List.of(rowOf("Nội dung", "Chỉ tiêu", "Thực hiện")), List.of(
                rowOf("Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "80", "90"),
                rowOf("Số tin, bài về CCHC đăng trên Cổng/Trang thông tin điện tử", "6", "7")));
        assertThat(header.column(HeaderRole.INDICATOR_NAME)).isEqualTo(0);
        assertThat(header.column(HeaderRole.TARGET)).isEqualTo(1);
        assertThat(header.columns.get(1).why()).contains("ô bên dưới là số");
        assertThat(header.column(HeaderRole.VALUE)).isEqualTo(2);
    }

    @Test
    void aChiTieuColumnOfCodesIsTheCodeColumn() {
        TableHeader header = assign(List.of(rowOf("Chỉ tiêu", "Kết quả")), List.of(rowOf("TTHC-05", "90"), rowOf("CDDH-04", "7")));
        assertThat(header.column(HeaderRole.INDICATOR_CODE)).isEqualTo(0);
    }

    @Test
    void columnsWithoutKnownHeadingsAreRecognisedByTheirCells() {
        TableHeader header = assign(List.of(rowOf("Cơ quan thực hiện", "Thời gian", "Tiêu chí", "Kết quả")), List.of(
                rowOf("Sở Nội vụ", "Quý I/2026", "Công khai tài chính đúng quy định", "Có"),
                rowOf("UBND xã Đức Thọ", "Quý I/2026", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "90%")));
        assertThat(header.column(HeaderRole.AGENCY_NAME)).isEqualTo(0);
        assertThat(header.column(HeaderRole.PERIOD)).isEqualTo(1);
        assertThat(header.column(HeaderRole.INDICATOR_NAME)).isEqualTo(2);
        assertThat(header.isLong()).isTrue();
    }

    @Test
    void aTargetGroupKeepsItsSubColumnsFromTheValue() {
        RawRow upper = rowOf("Mã chỉ tiêu", "Kế hoạch", null, "Thực hiện", null);
        RawRow lower = rowOf(null, "Tử số", "Mẫu số", "Tử số", "Mẫu số");
        TableHeader header = assign(List.of(upper, lower), List.of(rowOf("TTHC-05", "40", "50", "45", "50")));
        assertThat(header.columns.get(1).role()).isEqualTo(HeaderRole.TARGET);
        assertThat(header.columns.get(2).role()).isEqualTo(HeaderRole.TARGET);
        assertThat(header.column(HeaderRole.NUMERATOR)).isEqualTo(3);
        assertThat(header.column(HeaderRole.DENOMINATOR)).isEqualTo(4);
    }

    private TableHeader assign(List<RawRow> block, List<RawRow> body) {
        return scorer.assign(HeaderBlock.of(block), body);
    }

    private static int rowIndex;

    /** A row of text cells (numbers as text, as a CSV gives them); null is an empty cell. */
    private static RawRow rowOf(String... texts) {
        List<RawCell> cells = new ArrayList<>();
        for (int c = 0; c < texts.length; c++) {
            if (texts[c] != null) {
                cells.add(RawCell.text(c, texts[c]));
            }
        }
        return new RawRow(null, rowIndex++, false, cells);
    }
}
