package vn.cchc.rollup.submission;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.score.Scope;

/** Who reported for a period, on time or late, and who has not: the analyst's list to chase. */
public record SubmissionReport(Period period, LocalDate dueDate, LocalDate runDate,
        List<AgencySubmission> agencies, List<SubmissionRate> rates) {

    public SubmissionReport {
        agencies = List.copyOf(agencies);
        rates = List.copyOf(rates);
    }

    /** Late and missing agencies, most days overdue first. */
    public List<AgencySubmission> lateOrMissing() {
        return agencies.stream()
                .filter(a -> a.state() != SubmissionState.ON_TIME)
                .sorted(java.util.Comparator.comparingLong(AgencySubmission::daysOverdue).reversed())
                .toList();
    }

    public Optional<SubmissionRate> rate(Scope scope) {
        return rates.stream().filter(r -> r.scope() == scope).findFirst();
    }
}
