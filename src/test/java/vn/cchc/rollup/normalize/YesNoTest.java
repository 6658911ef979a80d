package vn.cchc.rollup.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YesNoTest {

    @ParameterizedTest
    @ValueSource(strings = {"Có", "CÓ", "co", "Đạt", "x", "X", "1", "Yes", "Rồi", "Đạt yêu cầu", "Đúng quy định",
            "Hoàn thành", "Đã hoàn thành", "Đã thực hiện", "đã thực hiện.", "Đã ban hành", "Đã phê duyệt",
            "Đã công khai", "Đã duy trì", "Đã triển khai", "Đã kiện toàn", "Có (QĐ số 123/QĐ-UBND ngày 05/3/2026)",
            "Có, tại Quyết định số 15", "Đã ban hành - KH số 12/KH-UBND", "Có: đăng trên Cổng TTĐT",
            "Có – đã niêm yết", " Có "})
    void yes(String text) {
        assertThat(YesNo.parse(text)).as(text).contains(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Không", "không đạt", "0", "No", "Chưa", "Chưa đạt", "Không đạt yêu cầu",
            "Chưa thực hiện", "Chưa hoàn thành", "Không thực hiện", "Chưa ban hành", "Chưa phê duyệt",
            "Không (chưa có kinh phí)", "Chưa, dự kiến quý III", "Chưa thực hiện - đang trình UBND"})
    void no(String text) {
        assertThat(YesNo.parse(text)).as(text).contains(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Đang thực hiện", "Đang xây dựng", "Thực hiện", "95", "Có thể", "Không rõ",
            "Đã", "Đã gửi", "Co-op", "Có 3 văn bản", "Đạt 95%", "Tốt"})
    void neither(String text) {
        assertThat(YesNo.parse(text)).as(text).isEqualTo(Optional.empty());
    }
}
