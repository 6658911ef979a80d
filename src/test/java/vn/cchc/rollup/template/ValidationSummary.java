package vn.cchc.rollup.template;

import java.util.List;
import org.apache.poi.hssf.usermodel.DVConstraint;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** The data validations of a sheet, described as short texts for assertions. */
record ValidationSummary(List<? extends DataValidation> validations) {

    static ValidationSummary of(Sheet sheet) {
        return new ValidationSummary(sheet.getDataValidations());
    }

    /** "DECIMAL BETWEEN 0..100" for the rule on a 1-based cell, or null. */
    String at(int row, int column) {
        for (DataValidation validation : validations) {
            for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
                if (range.isInRange(row - 1, column - 1)) {
                    return describe(validation.getValidationConstraint());
                }
            }
        }
        return null;
    }

    private static String plain(Double value) {
        return value == null ? null : new java.math.BigDecimal(value).stripTrailingZeros().toPlainString();
    }

    private static String describe(DataValidationConstraint c) {
        String type = switch (c.getValidationType()) {
            case ValidationType.DECIMAL -> "DECIMAL";
            case ValidationType.INTEGER -> "INTEGER";
            case ValidationType.LIST -> "LIST";
            case ValidationType.DATE -> "DATE";
            default -> "OTHER";
        };
        if (c.getValidationType() == ValidationType.LIST) {
            return type + " " + String.join(",", c.getExplicitListValues());
        }
        String operator = switch (c.getOperator()) {
            case OperatorType.BETWEEN -> "BETWEEN";
            case OperatorType.GREATER_OR_EQUAL -> "GREATER_OR_EQUAL";
            case OperatorType.GREATER_THAN -> "GREATER_THAN";
            default -> "OTHER";
        };
        String formula1 = c.getFormula1();
        String formula2 = c.getFormula2();
        if (formula1 == null && c instanceof DVConstraint hssf) {
            // .xls keeps plain numbers as values, not formulas
            formula1 = plain(hssf.getValue1());
            formula2 = plain(hssf.getValue2());
        }
        return type + " " + operator + " " + formula1 + (formula2 == null ? "" : ".." + formula2);
    }
}
