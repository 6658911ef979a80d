package vn.cchc.rollup.submission;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.rollup.normalize.Period;
import vn.cchc.rollup.score.AgencyScore;
import vn.cchc.rollup.score.PeriodResult;
import vn.cchc.rollup.score.Scope;

/**
 * Decides, per period, which agencies reported on time, late, or not at all. An agency counts as
 * reported when it has an accepted value for the period; its submission date is that of its FIRST
 * file for the period, so a corrected resubmission after the due date does not make it late.
 */
public final class SubmissionTracker {

    private final SubmissionDeadline deadline;
    private final LocalDate runDate;
    private final ZoneId zone;

    /** @param runDate the day of the run, from which missing reports are counted overdue */
    public SubmissionTracker(SubmissionDeadline deadline, LocalDate runDate, ZoneId zone) {
        this.deadline = deadline;
        this.runDate = runDate;
        this.zone = zone;
    }

    /** The first submission date per agency code, of the files for {@code period}. */
    public Map<String, LocalDate> firstSubmissions(Period period, Collection<SubmittedFile> files) {
        Map<String, LocalDate> first = new HashMap<>();
        for (SubmittedFile file : files) {
            if (file.period().equals(period)) {
                first.merge(file.agencyCode(), file.date(zone), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return first;
    }

    public SubmissionReport track(PeriodResult result, Collection<SubmittedFile> files) {
        LocalDate due = deadline.dueDate(result.period());
        Map<String, LocalDate> first = firstSubmissions(result.period(), files);
        List<AgencySubmission> agencies = new ArrayList<>();
        for (AgencyScore score : result.scores()) {
            LocalDate submitted = first.get(score.agency().code());
            if (!score.reported()) {
                agencies.add(new AgencySubmission(score.agency(), SubmissionState.MISSING, null,
                        Math.max(0, ChronoUnit.DAYS.between(due, runDate))));
            } else if (submitted != null && submitted.isAfter(due)) {
                agencies.add(new AgencySubmission(score.agency(), SubmissionState.LATE, submitted,
                        ChronoUnit.DAYS.between(due, submitted)));
            } else {
                agencies.add(new AgencySubmission(score.agency(), SubmissionState.ON_TIME, submitted, 0));
            }
        }
        List<SubmissionRate> rates = new ArrayList<>();
        for (Scope scope : List.of(Scope.SO, Scope.XA, Scope.PROVINCE)) {
            List<AgencySubmission> inScope = agencies.stream()
                    .filter(a -> scope.includes(a.agency().kind())).toList();
            int reported = (int) inScope.stream().filter(a -> a.state() != SubmissionState.MISSING).count();
            int onTime = (int) inScope.stream().filter(a -> a.state() == SubmissionState.ON_TIME).count();
            rates.add(new SubmissionRate(scope, inScope.size(), reported, onTime));
        }
        return new SubmissionReport(result.period(), due, runDate, agencies, rates);
    }
}
