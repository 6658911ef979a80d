package vn.cchc.rollup.sample;

/**
 * A deliberate error in the sample input. {@code reason} is the {@code ReasonCode} name the intake
 * is expected to report; {@code file} is relative to the reports folder ("2026-Q1/x.xlsx").
 */
public record InjectedError(String reason, String period, String file, String agencyCode, String indicatorCode,
        String detail) {

    public String line() {
        return reason + " " + file
                + (agencyCode == null ? "" : " agency=" + agencyCode)
                + (indicatorCode == null ? "" : " indicator=" + indicatorCode)
                + ": " + detail;
    }
}
