package vn.cchc.rollup.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.publish.RejectPeriods.Belonging;

class RejectPeriodsTest {

    private final RejectPeriods q1 = new RejectPeriods(Period.quarter(2026, 1), Set.of("bao-cao/so-noi-vu.xlsx"));

    @Test
    void aFileWithValuesOfThePeriodBelongsToIt() {
        assertThat(q1.of("bao-cao/so-noi-vu.xlsx")).isEqualTo(Belonging.THIS_PERIOD);
    }

    @Test
    void aFileBelongsToThePeriodItsNameOrFolderSays() {
        assertThat(q1.of("2026-Q1/PH-THANHSEN_BC-CCHC.xlsx")).isEqualTo(Belonging.THIS_PERIOD);
        assertThat(q1.of("2026-Q2/PH-THANHSEN_BC-CCHC.xlsx")).isEqualTo(Belonging.OTHER_PERIOD);
        assertThat(q1.of("2026-H1/Cum-xa-1_chi-tieu-CCHC_2026-H1.csv")).isEqualTo(Belonging.OTHER_PERIOD);
        // the file name, written in words, before the folder
        assertThat(q1.of("2026-Q2/Bao-cao_Quy-I-2026.xlsx")).isEqualTo(Belonging.THIS_PERIOD);
        assertThat(q1.of("nop-muon\\bao cao 6 thang dau nam 2026.xls")).isEqualTo(Belonging.OTHER_PERIOD);
    }

    @Test
    void aFileThatNamesNoPeriodIsListedEverywhereMarkedAsSuch() {
        assertThat(q1.of("bao-cao/xa-la.csv")).isEqualTo(Belonging.UNKNOWN);
        assertThat(q1.of("")).isEqualTo(Belonging.UNKNOWN);
        assertThat(q1.of(null)).isEqualTo(Belonging.UNKNOWN);
    }
}
