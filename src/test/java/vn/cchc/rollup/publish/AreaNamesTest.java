package vn.cchc.rollup.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.cchc.rollup.catalog.Area;
import vn.cchc.rollup.catalog.PlanLoader;

class AreaNamesTest {

    @Test
    void dropsTheWordsEveryAreaShares() {
        assertEquals("Chỉ đạo điều hành", AreaNames.shorten("Công tác chỉ đạo điều hành cải cách hành chính"));
        assertEquals("Thủ tục hành chính", AreaNames.shorten("Cải cách thủ tục hành chính"));
        assertEquals("Chính quyền điện tử, chính quyền số",
                AreaNames.shorten("Xây dựng và phát triển chính quyền điện tử, chính quyền số"));
        assertEquals("Khác", AreaNames.shorten("Khác"));
    }

    @Test
    void longNamesAreCutAtAWord() {
        String shortened = AreaNames.shorten("Một lĩnh vực có tên rất dài mà không có tiền tố chung nào cả");
        assertTrue(shortened.length() <= 37 && shortened.endsWith("…"), shortened);
    }

    @Test
    void everyBuiltInAreaGetsADistinctShortName() {
        var names = PlanLoader.builtIn().areas().stream().map(Area::name).map(AreaNames::shorten).distinct().count();
        assertEquals(PlanLoader.builtIn().areas().size(), names);
    }
}
