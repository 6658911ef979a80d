package vn.cchc.rollup.sample;

import java.util.Locale;
import vn.cchc.rollup.normalize.Period;

/** Periods as report titles write them: "QUÝ I NĂM 2026", "6 THÁNG ĐẦU NĂM 2026". */
final class PeriodTitles {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private PeriodTitles() {
    }

    static String inWords(Period period) {
        String label = period.label();
        String words = label.contains("/") ? label.replace("/", " năm ") : label;
        return upper(words);
    }

    static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }
}
