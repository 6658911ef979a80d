package vn.cchc.rollup.validate;

import vn.cchc.rollup.intake.SourceRef;
import vn.cchc.rollup.normalize.Period;

/** An accepted value flagged by a {@link WarningRule}, with a Vietnamese message an analyst can act on. */
public record Warning(SourceRef source, Period period, WarningRule rule, String message) {

    public Severity severity() {
        return Severity.WARNING;
    }
}
