package vn.cchc.rollup.template;

/**
 * Where things are in the product's report template. Rows and columns are 1-based, as Excel shows
 * them; the template reader relies on these positions.
 */
public final class TemplateLayout {

    public static final String SHEET_NAME = "Báo cáo";

    public static final int LETTERHEAD_ROW_1 = 1;
    public static final int LETTERHEAD_ROW_2 = 2;
    public static final int LETTERHEAD_ROW_3 = 3;
    public static final int TITLE_ROW = 5;
    public static final int AGENCY_CODE_ROW = 7;
    public static final int AGENCY_NAME_ROW = 8;
    public static final int PERIOD_ROW = 9;
    public static final int REPORT_DATE_ROW = 10;
    public static final int HEADER_ROW = 12;
    public static final int FIRST_DATA_ROW = 13;

    /** Column of the labels ("Mã đơn vị:") and of the values next to them. */
    public static final int LABEL_COLUMN = 1;
    public static final int LABEL_VALUE_COLUMN = 3;
    /** Column where the national motto block starts. */
    public static final int MOTTO_COLUMN = 6;

    public static final int COL_STT = 1;
    public static final int COL_CODE = 2;
    public static final int COL_NAME = 3;
    public static final int COL_UNIT = 4;
    public static final int COL_TARGET = 5;
    public static final int COL_NUMERATOR = 6;
    public static final int COL_DENOMINATOR = 7;
    public static final int COL_VALUE = 8;
    public static final int COL_NOTE = 9;
    public static final int COLUMN_COUNT = 9;

    public static final String TITLE = "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH";
    public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    public static final String LABEL_AGENCY_CODE = "Mã đơn vị:";
    public static final String LABEL_AGENCY_NAME = "Đơn vị báo cáo:";
    public static final String LABEL_PERIOD = "Kỳ báo cáo:";
    public static final String LABEL_REPORT_DATE = "Ngày báo cáo:";
    public static final String DATE_FORMAT = "dd/mm/yyyy";

    /** Header texts of columns A to I. */
    public static final String[] HEADERS = {
        "STT", "Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Chỉ tiêu kế hoạch",
        "Tử số", "Mẫu số", "Giá trị", "Ghi chú"};

    public static final String[] YES_NO_CHOICES = {"Có", "Không"};

    public static final String[] INSTRUCTIONS = {
        "Hướng dẫn: chỉ nhập vào các ô nền vàng. Tỷ lệ: nhập Tử số và Mẫu số, hoặc nhập trực tiếp "
                + "Giá trị (%) từ 0 đến 100; Số lượng: nhập số nguyên; Có/Không: chọn trong danh sách.",
        "Chỉ tiêu \"đánh giá cuối năm\" có thể để trống ở các kỳ quý, 6 tháng, 9 tháng; "
                + "không thêm, xóa hoặc đổi thứ tự dòng, cột của biểu mẫu."};

    private TemplateLayout() {
    }
}
