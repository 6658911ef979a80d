package vn.cchc.rollup.catalog;

import java.math.BigDecimal;

/** A reform area (lĩnh vực) with its maximum points. */
public record Area(String code, String name, BigDecimal maxPoints) {
}
