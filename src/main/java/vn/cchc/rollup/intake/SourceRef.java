package vn.cchc.rollup.intake;

/**
 * Where a value or a problem comes from.
 *
 * @param file     the file's path relative to the reports folder, with '/' separators
 * @param location sheet and cell ({@code Báo cáo!E12}) or CSV line ({@code dòng 12, cột E});
 *                 empty for the whole file
 */
public record SourceRef(String file, String location) {
}
