package vn.cchc.rollup.read.layouts;

import java.util.List;

/**
 * A report independent of its file type: what a spreadsheet lays out in cells and a Word document in
 * tables and paragraphs.
 *
 * @param letterLeft  the agency side of the letterhead (empty: no letterhead)
 * @param letterRight the national motto side, with the place-and-date line
 * @param labels      lines such as ["Đơn vị báo cáo: Sở Nội vụ"] or ["Kỳ báo cáo:", "Quý I/2026"]
 * @param body        the table rows under the header, as wide as {@code columns}
 * @param signature   left lines ("Nơi nhận:" …) and right lines (title, signer), empty for none
 */
record ReportContent(List<String> letterLeft, List<String> letterRight, List<String> titleLines,
                     List<List<String>> labels, List<Column> columns, HeaderBlock header, List<List<Cell>> body,
                     List<String> recipients, List<String> signer, String sheetName, String fileName,
                     ExtraSheets extra) {
}
