package vn.cchc.rollup.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProvinceNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Hà Tĩnh           | Tỉnh Hà Tĩnh          | UBND tỉnh Hà Tĩnh",
            "Đà Nẵng           | Thành phố Đà Nẵng     | UBND thành phố Đà Nẵng",
            "Hồ Chí Minh       | Thành phố Hồ Chí Minh | UBND thành phố Hồ Chí Minh",
            "HUẾ               | Thành phố HUẾ         | UBND thành phố HUẾ",
            "Thành phố Cần Thơ | Thành phố Cần Thơ     | UBND Thành phố Cần Thơ",
            "TP. Hải Phòng     | TP. Hải Phòng         | UBND TP. Hải Phòng",
            "Tỉnh Nghệ An      | Tỉnh Nghệ An          | UBND Tỉnh Nghệ An",
            "Toàn quốc         | Toàn quốc             | ''",
            "''                | ''                    | ''",
            "-                 | ''                    | ''"})
    void titleAndCommitteeSayWhatKindOfPlaceItIs(String name, String title, String committee) {
        ProvinceName province = new ProvinceName(name);
        assertThat(province.title()).isEqualTo(title);
        assertThat(province.committee()).isEqualTo(committee);
        assertThat(province.titlePrefix()).isEqualTo(title.isEmpty() ? "" : title + " – ");
    }
}
