package vn.cchc.rollup.store;

import java.util.Objects;
import vn.cchc.rollup.intake.Fact;
import vn.cchc.rollup.intake.FileVersion;

/**
 * A value superseded by a newer file for the same agency × period × indicator, with the value that
 * replaced it. Both files stay in the store; only {@code current} reaches the outputs.
 */
public record Resubmission(Fact previous, FileVersion previousFile, Fact current, FileVersion currentFile) {

    /** Whether the newer file states something else: another value, tử số or mẫu số. */
    public boolean changed() {
        return !same(previous.value(), current.value())
                || !same(previous.numerator(), current.numerator())
                || !same(previous.denominator(), current.denominator());
    }

    private static boolean same(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }
}
