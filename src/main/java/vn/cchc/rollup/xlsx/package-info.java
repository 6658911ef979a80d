/**
 * A small writer of SpreadsheetML ({@code .xlsx}) for workbooks of a few short sheets, written
 * straight as XML: thousands of them (one per agency) cost a millisecond each instead of the
 * tens a full workbook model takes. It knows cells (text and numbers), cell looks, column widths,
 * frozen panes, an auto filter and printing on one page width; nothing else.
 */
package vn.cchc.rollup.xlsx;
