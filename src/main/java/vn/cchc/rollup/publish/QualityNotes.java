package vn.cchc.rollup.publish;

import java.util.List;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.store.Resubmission;
import vn.cchc.rollup.validate.Warning;

/**
 * What the data-quality part of a workbook shows beside the rejects: accepted values flagged by a
 * warning rule, and values a newer file replaced.
 */
public record QualityNotes(List<Warning> warnings, List<Resubmission> resubmissions) {

    public static final QualityNotes NONE = new QualityNotes(List.of(), List.of());

    public QualityNotes {
        warnings = List.copyOf(warnings);
        resubmissions = List.copyOf(resubmissions);
    }

    /** The notes about one period's values. */
    public QualityNotes forPeriod(Period period) {
        return new QualityNotes(
                warnings.stream().filter(w -> period.equals(w.period())).toList(),
                resubmissions.stream().filter(r -> period.equals(r.current().period())).toList());
    }
}
