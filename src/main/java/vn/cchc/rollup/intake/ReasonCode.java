package vn.cchc.rollup.intake;

/** Why a file or a row was not accepted. */
public enum ReasonCode {
    UNREADABLE_FILE("Không đọc được tệp"),
    UNSUPPORTED_FILE("Tệp không đúng định dạng báo cáo"),
    UNKNOWN_AGENCY("Không xác định được đơn vị"),
    UNKNOWN_INDICATOR("Không xác định được chỉ tiêu"),
    UNKNOWN_PERIOD("Không xác định được kỳ báo cáo"),
    BAD_VALUE("Giá trị không hợp lệ"),
    OUT_OF_RANGE("Giá trị ngoài phạm vi cho phép"),
    INCONSISTENT("Số liệu không nhất quán"),
    FUTURE_PERIOD("Kỳ báo cáo chưa bắt đầu vào ngày báo cáo");

    private final String label;

    ReasonCode(String label) {
        this.label = label;
    }

    /** Short Vietnamese label for the data-quality sheet. */
    public String label() {
        return label;
    }
}
