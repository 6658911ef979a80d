package vn.cchc.rollup.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.cchc.rollup.catalog.Indicator;

/**
 * One row of the template, independent of the file format. {@code cells} starts at column A and
 * holds String, BigDecimal or LocalDate values, or null; {@code indicator} is set on indicator rows.
 */
record TemplateLine(int row, LineRole role, List<Object> cells, Indicator indicator) {

    TemplateLine {
        cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }

    /** The value of a 1-based column, or null. */
    Object cell(int column) {
        return column <= cells.size() ? cells.get(column - 1) : null;
    }
}
