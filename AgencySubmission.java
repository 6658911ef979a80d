package vn.cchc.rollup.submission;

import vn.cchc.rollup.catalog.Agency;

import java.time.LocalDate;

/**
 * One agency's report for a period.
 *
 * @param submittedOn the date of its first file for the period; null when missing or unknown
 * @param daysOverdue for LATE, days from the due date to the submission; for MISSING, days from
 *                    the due date to the run date (0 while not yet due); 0 for ON_TIME
 */
public record AgencySubmission(Agency agency, SubmissionState state, LocalDate submittedOn, long daysOverdue) {
}
