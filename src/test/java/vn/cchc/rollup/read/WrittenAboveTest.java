package vn.cchc.rollup.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrittenAboveTest {

    private static final Located BLANK = new Located("", "dòng 9, cột B");
    private final WrittenAbove above = new WrittenAbove();

    @Test
    void aBlankStandsForTheTextAboveUntilTheGroupRepeatsARow() {
        Located duc = new Located("Xã Đức Thọ", "dòng 3, cột B");
        assertThat(above.fill(duc, "tthc 05")).isSameAs(duc);
        assertThat(above.fill(BLANK, "tthc 06")).isSameAs(duc);
        assertThat(above.fill(BLANK, "cddh 04")).isSameAs(duc);
        assertThat(above.fill(BLANK, "tthc 05")).isSameAs(BLANK);
    }

    @Test
    void theSameTextWrittenAgainKeepsItsGroup() {
        above.fill(new Located("Sở Nội vụ", "dòng 3, cột B"), "tthc 05");
        above.fill(new Located("SỞ NỘI VỤ", "dòng 4, cột B"), "tthc 06");
        assertThat(above.fill(BLANK, "tthc 06")).isSameAs(BLANK);
    }

    @Test
    void anotherTextStartsAGroupOfItsOwn() {
        above.fill(new Located("Sở Nội vụ", "dòng 3, cột B"), "tthc 05");
        Located other = new Located("Sở Tư pháp", "dòng 4, cột B");
        above.fill(other, "tthc 06");
        assertThat(above.fill(BLANK, "tthc 05")).isSameAs(other);
        assertThat(above.current()).isEqualTo("Sở Tư pháp");
    }

    @Test
    void aHeadingRowStartsAGroupWithNoRowsYet() {
        Located heading = new Located("Xã Đức Đồng", "dòng 3, cột B");
        above.heading(heading);
        assertThat(above.fill(BLANK, "tthc 05")).isSameAs(heading);
    }

    @Test
    void nothingAboveOrForgottenLeavesTheBlank() {
        assertThat(above.fill(BLANK, "tthc 05")).isSameAs(BLANK);
        above.fill(new Located("Sở Nội vụ", "dòng 3, cột B"), "tthc 05");
        above.forget();
        assertThat(above.fill(BLANK, "tthc 06")).isSameAs(BLANK);
        assertThat(above.current()).isEmpty();
    }
}
