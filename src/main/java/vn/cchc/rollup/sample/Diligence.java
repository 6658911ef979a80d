package vn.cchc.rollup.sample;

import java.util.Random;

/** How carefully an agency works and reports; drives how good its sample figures are. */
enum Diligence {
    HIGH(0.55, 92, 0.9, 1.6, 0.97, 0.0),
    MEDIUM(0.35, 80, 0.7, 1.3, 0.90, 0.01),
    LOW(0.15, 65, 0.3, 1.1, 0.75, 0.05);

    /** Chance that a rate is exactly 100 %. */
    final double fullRateChance;
    /** Lowest rate, in percent, for a target near 100 %. */
    final int rateFloor;
    final double countFactorMin;
    final double countFactorMax;
    final double yesChance;
    /** Chance of leaving an indicator blank. */
    final double blankChance;

    Diligence(double fullRateChance, int rateFloor, double countFactorMin, double countFactorMax,
            double yesChance, double blankChance) {
        this.fullRateChance = fullRateChance;
        this.rateFloor = rateFloor;
        this.countFactorMin = countFactorMin;
        this.countFactorMax = countFactorMax;
        this.yesChance = yesChance;
        this.blankChance = blankChance;
    }

    static Diligence draw(Random random) {
        double x = random.nextDouble();
        return x < 0.35 ? HIGH : x < 0.80 ? MEDIUM : LOW;
    }
}
