package vn.cchc.rollup.template;

import static vn.cchc.rollup.template.TemplateLayout.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Area;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.normalize.Period;

/** Builds the rows of one agency's template, shared by the Excel and CSV writers. */
final class TemplateContent {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private TemplateContent() {
    }

    static List<TemplateLine> lines(Plan plan, Agency agency, Period period, TemplateFill fill) {
        List<TemplateLine> lines = new ArrayList<>();
        String province = plan.province();
        lines.add(line(LETTERHEAD_ROW_1, LineRole.LETTERHEAD, null,
                cellsAt(1, upper(plan.provinceName().committee()), MOTTO_COLUMN, NATION)));
        lines.add(line(LETTERHEAD_ROW_2, LineRole.LETTERHEAD, null,
                cellsAt(1, upper(agency.name()), MOTTO_COLUMN, MOTTO)));
        lines.add(line(LETTERHEAD_ROW_3, LineRole.LETTERHEAD, null,
                cellsAt(MOTTO_COLUMN, province + ", ngày ..... tháng ..... năm " + period.year())));
        lines.add(line(TITLE_ROW, LineRole.TITLE, null, cellsAt(1, TITLE)));
        lines.add(line(AGENCY_CODE_ROW, LineRole.LABEL, null,
                cellsAt(LABEL_COLUMN, LABEL_AGENCY_CODE, LABEL_VALUE_COLUMN, agency.code())));
        lines.add(line(AGENCY_NAME_ROW, LineRole.LABEL, null,
                cellsAt(LABEL_COLUMN, LABEL_AGENCY_NAME, LABEL_VALUE_COLUMN, agency.name())));
        String periodText = fill.periodText() != null ? fill.periodText() : period.label();
        lines.add(line(PERIOD_ROW, LineRole.LABEL, null,
                cellsAt(LABEL_COLUMN, LABEL_PERIOD, LABEL_VALUE_COLUMN, periodText)));
        lines.add(line(REPORT_DATE_ROW, LineRole.REPORT_DATE, null,
                cellsAt(LABEL_COLUMN, LABEL_REPORT_DATE, LABEL_VALUE_COLUMN, fill.reportDate())));
        lines.add(line(HEADER_ROW, LineRole.HEADER, null, Arrays.asList((Object[]) HEADERS)));

        int row = FIRST_DATA_ROW;
        int areaNumber = 0;
        for (Area area : plan.areas()) {
            List<Indicator> applicable = plan.indicatorsFor(agency).stream()
                    .filter(i -> i.areaCode().equals(area.code())).toList();
            if (applicable.isEmpty()) {
                continue;
            }
            areaNumber++;
            lines.add(line(row++, LineRole.AREA, null,
                    cellsAt(COL_STT, RomanNumeral.of(areaNumber), COL_NAME, area.name())));
            int stt = 0;
            for (Indicator indicator : applicable) {
                stt++;
                lines.add(indicatorLine(row++, stt, indicator, period, fill.entries().get(indicator.code())));
            }
        }
        row++;
        for (String instruction : INSTRUCTIONS) {
            lines.add(line(row++, LineRole.INSTRUCTION, null, cellsAt(1, instruction)));
        }
        return lines;
    }

    private static TemplateLine indicatorLine(int row, int stt, Indicator indicator, Period period,
            TemplateEntry entry) {
        Object[] cells = new Object[COLUMN_COUNT];
        cells[COL_STT - 1] = BigDecimal.valueOf(stt);
        cells[COL_CODE - 1] = indicator.code();
        cells[COL_NAME - 1] = indicator.name();
        cells[COL_UNIT - 1] = indicator.unit().label();
        cells[COL_TARGET - 1] = TargetText.of(indicator, period);
        if (entry != null) {
            cells[COL_NUMERATOR - 1] = entry.numerator();
            cells[COL_DENOMINATOR - 1] = entry.denominator();
            cells[COL_VALUE - 1] = entry.value() != null ? entry.value() : entry.text();
            cells[COL_NOTE - 1] = entry.note();
        }
        return line(row, LineRole.INDICATOR, indicator, Arrays.asList(cells));
    }

    static String upper(String text) {
        return text.strip().toUpperCase(VIETNAMESE);
    }

    private static TemplateLine line(int row, LineRole role, Indicator indicator, List<Object> cells) {
        return new TemplateLine(row, role, cells, indicator);
    }

    /** Cells from (column, value) pairs; the columns in between stay empty. */
    private static List<Object> cellsAt(Object... columnValuePairs) {
        int last = (Integer) columnValuePairs[columnValuePairs.length - 2];
        Object[] cells = new Object[last];
        for (int i = 0; i < columnValuePairs.length; i += 2) {
            cells[(Integer) columnValuePairs[i] - 1] = columnValuePairs[i + 1];
        }
        return Arrays.asList(cells);
    }
}
