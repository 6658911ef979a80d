package vn.cchc.rollup.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Indicators named in a report's own words, against the built-in 2026 plan. */
class IndicatorNameMatcherTest {

    private final Plan plan = PlanLoader.builtIn();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // full, with numbering prefixes and unit suffixes
        "1. Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến                      | TTHC-05",
        "a) Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến (%)                  | TTHC-05",
        "- Tỷ lệ hồ sơ TTHC được giải quyết trước hạn, đúng hạn             | TTHC-06",
        "1.2. Công khai tài chính đúng quy định                              | TCC-01",
        // shortened
        "Tỷ lệ hồ sơ tiếp nhận trực tuyến                                    | TTHC-05",
        "Số tin, bài về CCHC đăng trên Cổng thông tin điện tử                | CDDH-04",
        "Hồ sơ giải quyết trước hạn, đúng hạn (%)                            | TTHC-06",
        // reworded, words for the abbreviation, no diacritics, upper case
        "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận qua mạng trực tuyến   | TTHC-05",
        "TY LE SO HOA KET QUA GIAI QUYET THU TUC HANH CHINH                  | TTHC-03",
        "Mức độ hài lòng của người dân, tổ chức về giải quyết TTHC          | TTHC-07",
        "Tỷ lệ cán bộ, công chức, viên chức được cấp chữ ký số              | CQS-04",
        "Tỷ lệ CBCCVC được cấp chữ ký số                                    | CQS-04",
        "Tỷ lệ CBCCVC được bồi dưỡng kiến thức, kỹ năng số                  | CV-03",
        "Tỷ lệ CCVC được cử đào tạo, bồi dưỡng theo kế hoạch                | CV-01",
        "Tỷ lệ VBQPPL của Trung ương, của tỉnh được tổ chức thực hiện kịp thời | TC-01",
    })
    void findsAnIndicatorByItsWording(String text, String code) {
        IndicatorMatch match = plan.matchIndicator(text);
        assertThat(match.found()).as(match.describeNearest(3)).map(Indicator::code).contains(code);
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        assertThat(plan.matchIndicator(nfd).found()).map(Indicator::code).contains(code);
    }

    @Test
    void aWordingAboutEquallyCloseToTwoIndicatorsIsAmbiguousAndNamesBoth() {
        IndicatorMatch match = plan.matchIndicator("Tỷ lệ văn bản QPPL thuộc lĩnh vực quản lý");
        assertThat(match.found()).isEmpty();
        assertThat(match.ambiguous()).isTrue();
        assertThat(match.nearest()).extracting(c -> c.indicator().code()).startsWith("TC-02", "TC-03")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(match.nearest().get(0).similarity()).isGreaterThanOrEqualTo(IndicatorNameMatcher.THRESHOLD);
    }

    @Test
    void aWordingCloseToNoIndicatorNamesTheNearest() {
        IndicatorMatch match = plan.matchIndicator("Tỷ lệ hồ sơ được số hóa khi tiếp nhận");
        assertThat(match.found()).isEmpty();
        assertThat(match.ambiguous()).isFalse();
        assertThat(match.nearest()).isNotEmpty();
        assertThat(match.nearest().get(0).similarity()).isLessThan(IndicatorNameMatcher.THRESHOLD);
        assertThat(match.describeNearest(2)).contains("«");

        IndicatorMatch unrelated = plan.matchIndicator("Số cuộc họp giao ban của lãnh đạo");
        assertThat(unrelated.found()).isEmpty();
    }

    @Test
    void anUnknownCodeHasNoNearestNames() {
        IndicatorMatch match = plan.matchIndicator("TTHC-99");
        assertThat(match.found()).isEmpty();
        assertThat(match.nearest()).isEmpty();
        assertThat(plan.matchIndicator("tthc 05").found()).map(Indicator::code).contains("TTHC-05");
    }

    @Test
    void aliasesOfAPlanAreMatchedToo(@TempDir Path dir) throws IOException {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        for (String name : new String[] {"agencies-ha-tinh.csv", "areas.csv", "plan.properties"}) {
            try (var in = PlanLoader.class.getResourceAsStream("/plans/" + name)) {
                Files.copy(in, plans.resolve(name));
            }
        }
        Files.writeString(plans.resolve("indicators-2026.csv"), """
                indicator_code,area_code,indicator_name,unit,comparator,target,applies_to,rollup,target_basis,points,aliases
                TTHC-05,TTHC,Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến,PERCENT,GE,80,ALL,RATIO,PERIOD,4,Hồ sơ nộp qua Cổng dịch vụ công
                TTHC-06,TTHC,"Tỷ lệ hồ sơ TTHC được giải quyết trước hạn, đúng hạn",PERCENT,GT,99,ALL,RATIO,PERIOD,4,Hồ sơ trễ hạn được xin lỗi;Đúng hạn
                """);
        Plan withAliases = PlanLoader.fromFolder(plans);
        assertThat(withAliases.matchIndicator("Tỷ lệ hồ sơ nộp qua Cổng Dịch vụ công").found())
                .map(Indicator::code).contains("TTHC-05");
        assertThat(withAliases.matchIndicator("ĐÚNG HẠN").found()).map(Indicator::code).contains("TTHC-06");
    }
}
