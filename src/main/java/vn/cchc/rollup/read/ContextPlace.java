package vn.cchc.rollup.read;

/**
 * Where a report can say whose it is and for which period, the most trusted first: what the
 * reporting office typed into the form beats what the file happens to be called.
 */
enum ContextPlace {
    /** "Đơn vị báo cáo: …", "Mã đơn vị: …". */
    AGENCY_LABEL("ô"),
    /** "Kỳ báo cáo: …". */
    PERIOD_LABEL("ô"),
    /** The office's name under "UBND TỈNH …", or a line above the table that is an agency's name. */
    LETTERHEAD("tên cơ quan ở đầu văn bản, ô"),
    /** "BÁO CÁO KẾT QUẢ … CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2026". */
    TITLE("tiêu đề, ô"),
    /** The heading over the table's results when it names a period: "Quý I/2026" over the figures. */
    RESULT_HEADING("tiêu đề cột kết quả, ô"),
    /** Located at "tên trang tính X". */
    SHEET_NAME(null),
    /** Located at "tên tệp". */
    FILE_NAME(null),
    /** A folder the file is in, located at "thư mục 2026/Quy I". */
    FOLDER(null);

    /** How a cell of this place is named before its reference; null for a place that is no cell. */
    private final String cellLabel;

    ContextPlace(String cellLabel) {
        this.cellLabel = cellLabel;
    }

    boolean saysAgency() {
        return this != PERIOD_LABEL && this != RESULT_HEADING;
    }

    boolean saysPeriod() {
        return this != AGENCY_LABEL && this != LETTERHEAD;
    }

    /** How an analyst finds the place: "ô Báo cáo!B3", "tên tệp", "thư mục 2026/Quy I". */
    String describe(Located clue) {
        return cellLabel == null ? clue.location() : cellLabel + " " + clue.location();
    }
}
