package vn.cchc.rollup.read.layouts;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.cchc.rollup.catalog.Agency;

/** One generated report: every axis chosen, plus a seed for its figures. */
record LayoutCase(int id, FileFormat format, Agency agency, PeriodSpec period, TableAxes table,
                  AgencyPlace agencyPlace, PeriodPlace periodPlace, BodyAxes body, ExtraSheets extra, long seed) {

    boolean ambiguous() {
        return agencyPlace == AgencyPlace.NOWHERE || periodPlace == PeriodPlace.NOWHERE
                || table.twinValues() && !table.byPeriod();
    }

    LayoutCase withFormat(FileFormat format) {
        return new LayoutCase(id, format, agency, period, table, agencyPlace, periodPlace, body, extra, seed);
    }

    /** Axis name → value, for the test name and the per-axis tally. */
    Map<String, String> axes() {
        Map<String, String> axes = new LinkedHashMap<>();
        axes.put("format", format.name());
        axes.put("depth", table.depth().name());
        axes.put("order", table.order().name());
        axes.put("spelling", table.spelling().name());
        axes.put("valueHeader", table.words().value());
        axes.put("groupHeader", table.depth() == HeaderDepth.ONE ? "-" : table.words().group());
        axes.put("nameHeader", table.words().name());
        axes.put("targetHeader", table.words().target().replaceFirst("\\d{4}$", "YYYY"));
        axes.put("codeColumn", String.valueOf(table.codeColumn()));
        axes.put("ratioColumns", String.valueOf(table.ratioColumns()));
        axes.put("numberingRow", String.valueOf(table.numberingRow()));
        axes.put("twinValues", String.valueOf(table.twinValues()));
        axes.put("byPeriod", String.valueOf(table.byPeriod()));
        axes.put("names", body.names().name());
        axes.put("notation", body.notation().name());
        axes.put("numbersAsText", String.valueOf(body.numbersAsText()));
        axes.put("targetAsNumber", String.valueOf(body.targetAsNumber()));
        axes.put("areaRows", String.valueOf(body.areaRows()));
        axes.put("totalRow", String.valueOf(body.totalRow()));
        axes.put("signature", String.valueOf(body.signature()));
        axes.put("agencyPlace", agencyPlace.name());
        axes.put("agencyKind", agency.kind().name());
        axes.put("periodPlace", periodPlace.name());
        axes.put("period", period.code());
        axes.put("extraSheets", extra.name());
        return axes;
    }

    @Override
    public String toString() {
        return "#%03d %s %s/%s depth=%s order=%s names=%s notation=%s agency@%s period@%s%s".formatted(
                id, format, agency.code(), period.code(), table.depth(), table.order(), body.names(),
                body.notation(), agencyPlace, periodPlace, table.byPeriod() ? " by-period " + table.words().value() + "|" + table.words().secondValue()
                        : table.twinValues() ? " twin" : "");
    }
}
