package vn.cchc.rollup.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProvinceNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Hà Tĩnh           | Tỉnh Hà Tĩnh          | UBND tỉnh Hà Tĩnh          | Toàn tỉnh",
            "Đà Nẵng           | Thành phố Đà Nẵng     | UBND thành phố Đà Nẵng     | Toàn thành phố",
            "Hồ Chí Minh       | Thành phố Hồ Chí Minh | UBND thành phố Hồ Chí Minh | Toàn thành phố",
            "HUẾ               | Thành phố HUẾ         | UBND thành phố HUẾ         | Toàn thành phố",
            "Thành phố Cần Thơ | Thành phố Cần Thơ     | UBND Thành phố Cần Thơ     | Toàn thành phố",
            "TP. Hải Phòng     | TP. Hải Phòng         | UBND TP. Hải Phòng         | Toàn thành phố",
            "Tỉnh Nghệ An      | Tỉnh Nghệ An          | UBND Tỉnh Nghệ An          | Toàn tỉnh",
            "Toàn quốc         | Toàn quốc             | ''                         | Toàn quốc",
            "''                | ''                    | ''                         | Toàn tỉnh",
            "-                 | ''                    | ''                         | Toàn tỉnh"})
    void titleCommitteeAndWholeSayWhatKindOfPlaceItIs(String name, String title, String committee, String whole) {
        ProvinceName province = new ProvinceName(name);
        assertThat(province.title()).isEqualTo(title);
        assertThat(province.committee()).isEqualTo(committee);
        assertThat(province.whole()).isEqualTo(whole);
        assertThat(province.titlePrefix()).isEqualTo(title.isEmpty() ? "" : title + " – ");
    }
}
