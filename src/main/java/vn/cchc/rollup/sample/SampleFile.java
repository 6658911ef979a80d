package vn.cchc.rollup.sample;

import java.util.List;
import vn.cchc.rollup.normalize.Period;

/**
 * One sample file to write: its layout and format, the agencies' reports it holds, how it names
 * them, and the period as it is written in the file.
 */
record SampleFile(Period period, SampleLayout layout, FileFormat format, String fileName, String groupName,
        List<AgencyReport> reports, AgencyNaming naming, String periodText) {

    SampleFile {
        reports = List.copyOf(reports);
    }

    /** The date a file holding several agencies' reports is signed: when the last of them came in. */
    java.time.LocalDate reportDate() {
        return reports.stream().map(AgencyReport::reportDate).max(java.util.Comparator.naturalOrder()).orElse(period.end());
    }

    SampleFile withReports(List<AgencyReport> newReports) {
        return new SampleFile(period, layout, format, fileName, groupName, newReports, naming, periodText);
    }

    /** The same report sent in another file type: "SO-NOIVU_BC-CCHC_2026-Q1.xlsx" as "….docx". */
    SampleFile inFormat(FileFormat newFormat) {
        String stem = fileName.substring(0, fileName.lastIndexOf('.') + 1);
        return new SampleFile(period, layout, newFormat, stem + newFormat.extension(), groupName, reports, naming, periodText);
    }

    SampleFile withPeriodText(String newPeriodText, String newFileName) {
        return new SampleFile(period, layout, format, newFileName, groupName, reports, naming, newPeriodText);
    }
}
