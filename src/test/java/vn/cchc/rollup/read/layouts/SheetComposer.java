package vn.cchc.rollup.read.layouts;

import java.util.ArrayList;
import java.util.List;

/** Lays a report's content out on spreadsheet pages: letterhead, title, labels, table, signature. */
final class SheetComposer {

    static final List<String> NARRATIVE = List.of(
            "I. KẾT QUẢ ĐẠT ĐƯỢC",
            "1. Công tác chỉ đạo, điều hành: đã ban hành kế hoạch và triển khai đầy đủ các nhiệm vụ.",
            "2. Cải cách thủ tục hành chính: duy trì Bộ phận Một cửa hoạt động hiệu quả.",
            "II. TỒN TẠI, HẠN CHẾ",
            "- Một số chỉ tiêu chưa đạt do thiếu nhân lực.",
            "III. ĐỀ XUẤT, KIẾN NGHỊ");

    private SheetComposer() {
    }

    /** All pages of the workbook in order; the report page is {@link #reportPage}. */
    static List<Page> pages(ReportContent content) {
        Page report = reportPage(content);
        Page narrative = narrative();
        Page empty = new Page.Builder("Sheet2").build();
        return switch (content.extra()) {
            case NONE -> List.of(report);
            case AFTER -> List.of(report, narrative, empty);
            case BEFORE -> List.of(narrative, report, empty);
        };
    }

    static Page reportPage(ReportContent content) {
        int width = content.columns().size();
        int leftEnd = Math.max(0, width / 2 - 1);
        Page.Builder page = new Page.Builder(content.sheetName());
        if (!content.letterLeft().isEmpty()) {
            sideBySide(page, content.letterLeft(), content.letterRight(), leftEnd, width);
            page.blank();
        }
        for (String line : content.titleLines()) {
            page.wide(line, width - 1);
        }
        for (List<String> label : content.labels()) {
            page.row(label.stream().map(Cell::text).toList());
        }
        page.blank();
        int top = page.nextRow();
        content.header().rows().forEach(page::row);
        content.header().merges().forEach(m -> page.merge(m.shift(top)));
        content.body().forEach(page::row);
        if (!content.recipients().isEmpty()) {
            page.blank();
            sideBySide(page, content.recipients(), content.signer(), leftEnd, width);
        }
        return page.build();
    }

    /** Left lines in columns 0..leftEnd, right lines from leftEnd + 1 to the last column, each merged. */
    private static void sideBySide(Page.Builder page, List<String> left, List<String> right, int leftEnd, int width) {
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            int row = page.nextRow();
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                cells.add(Cell.EMPTY);
            }
            if (i < left.size()) {
                cells.set(0, Cell.text(left.get(i)));
                if (leftEnd > 0) {
                    page.merge(new Merge(row, row, 0, leftEnd));
                }
            }
            if (i < right.size()) {
                cells.set(leftEnd + 1, Cell.text(right.get(i)));
                if (width - 1 > leftEnd + 1) {
                    page.merge(new Merge(row, row, leftEnd + 1, width - 1));
                }
            }
            page.row(cells);
        }
    }

    private static Page narrative() {
        Page.Builder page = new Page.Builder("Thuyết minh");
        NARRATIVE.forEach(line -> page.row(List.of(Cell.text(line))));
        return page.build();
    }
}
