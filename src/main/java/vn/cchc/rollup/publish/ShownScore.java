package vn.cchc.rollup.publish;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import vn.cchc.rollup.score.Band;
import vn.cchc.rollup.score.BandScale;

/**
 * The one rounding of scores people read: 2 decimals, half up, in the sheets, the charts and the
 * scorecards, and the band of the score as shown (79,995 shows as 80,00 and is "Tốt"). The CSV
 * files keep full precision.
 */
final class ShownScore {

    static final int DECIMALS = 2;

    private ShownScore() {
    }

    static BigDecimal of(BigDecimal score) {
        return score == null ? null : score.setScale(DECIMALS, RoundingMode.HALF_UP);
    }

    static Band band(BandScale bands, BigDecimal score) {
        return bands.classify(of(score));
    }

    /** "79,98", "100,00": vi-VN, always 2 decimals. */
    static NumberFormat format() {
        NumberFormat format = ChartStyle.numbers(DECIMALS);
        format.setMinimumFractionDigits(DECIMALS);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
