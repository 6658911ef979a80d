package vn.cchc.rollup.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.cchc.rollup.catalog.Agency;

/** One agency's figures for one period, in catalogue order. */
record AgencyReport(Agency agency, LocalDate reportDate, List<SampleValue> values) {

    AgencyReport {
        values = List.copyOf(values);
    }

    /** A copy with the value of {@code code} replaced. */
    AgencyReport replace(String code, UnaryOperator<SampleValue> change) {
        List<SampleValue> changed = new ArrayList<>();
        for (SampleValue value : values) {
            changed.add(value.indicator().code().equals(code) ? change.apply(value) : value);
        }
        return new AgencyReport(agency, reportDate, changed);
    }

    SampleValue value(String code) {
        return values.stream().filter(v -> v.indicator().code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(agency.code() + " does not report " + code));
    }
}
