/**
 * Reports as agencies write them, made independently of the reader (issues 13 and 15).
 *
 * <p>{@link vn.cchc.rollup.read.layouts.LayoutGenTest} draws 560 reports from the layout axes with a fixed seed
 * ({@link vn.cchc.rollup.read.layouts.CaseGenerator}): header words and spelling, header depth with merges,
 * column order, code column, tử số / mẫu số columns, a column-number row, how indicator names and values are
 * typed, where the agency and the period are written, area / total / signature rows, extra sheets, and the
 * file type (xlsx with shared or inline strings, xls, CSV). One case in twelve is ambiguous on purpose (no
 * agency, no period, two value columns under one header) and must be rejected naming what is missing.
 * {@link vn.cchc.rollup.read.layouts.DocxLayoutGenTest} writes one case in six as a Word report.
 * {@link vn.cchc.rollup.read.layouts.ClerkFilesTest} holds reports typed by hand with POI.
 * {@link vn.cchc.rollup.read.layouts.GeneratorSelfTest} reads generated files back with POI to show the
 * generator writes what it claims.
 *
 * <p>After a run each generative test prints its pass counts per axis value. To look at files:
 * {@code -Dlayoutgen.dir=FOLDER} keeps them there, {@code -Dlayoutgen.only=3,17} runs only those case ids.
 * The tests are tagged {@code layouts} and {@code docx-layouts}.
 */
package vn.cchc.rollup.read.layouts;
