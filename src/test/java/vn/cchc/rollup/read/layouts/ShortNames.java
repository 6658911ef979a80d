package vn.cchc.rollup.read.layouts;

import java.util.Map;

/**
 * How clerks shorten the 2026 plan's indicator names: words left out, none added (written by hand from
 * the plan, not from the reader).
 */
final class ShortNames {

    private static final Map<String, String> BY_CODE = Map.ofEntries(
            Map.entry("CDDH-01", "Tỷ lệ đơn vị trực thuộc được kiểm tra CCHC"),
            Map.entry("CDDH-02", "Tỷ lệ nhiệm vụ CCHC hoàn thành đúng hạn"),
            Map.entry("CDDH-03", "Số sáng kiến CCHC được công nhận"),
            Map.entry("CDDH-04", "Số tin, bài về CCHC"),
            Map.entry("CDDH-05", "Tỷ lệ cán bộ nắm rõ chủ trương, chính sách về CCHC"),
            Map.entry("TC-01", "Văn bản QPPL được tổ chức thực hiện kịp thời"),
            Map.entry("TC-02", "Tỷ lệ văn bản QPPL được rà soát"),
            Map.entry("TC-03", "Tỷ lệ văn bản QPPL được tự kiểm tra"),
            Map.entry("TTHC-01", "Tỷ lệ thủ tục hành chính nội bộ được rà soát"),
            Map.entry("TTHC-02", "Tỷ lệ TTHC công khai trên Cơ sở dữ liệu quốc gia"),
            Map.entry("TTHC-03", "Số hóa kết quả giải quyết TTHC"),
            Map.entry("TTHC-04", "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình"),
            Map.entry("TTHC-05", "Tỷ lệ hồ sơ tiếp nhận trực tuyến"),
            Map.entry("TTHC-06", "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn"),
            Map.entry("TTHC-07", "Mức độ hài lòng của người dân, doanh nghiệp"),
            Map.entry("TCBM-01", "Đề án vị trí việc làm được phê duyệt"),
            Map.entry("TCBM-02", "Tỷ lệ đơn vị được kiện toàn cơ cấu tổ chức"),
            Map.entry("CV-01", "Tỷ lệ công chức, viên chức được cử đào tạo, bồi dưỡng"),
            Map.entry("CV-02", "Tỷ lệ công chức dưới 40 tuổi giao tiếp được ngoại ngữ"),
            Map.entry("CV-03", "Tỷ lệ công chức được bồi dưỡng kỹ năng số"),
            Map.entry("TCC-01", "Công khai tài chính"),
            Map.entry("TCC-02", "Tỷ lệ tự chủ tài chính đơn vị sự nghiệp"),
            Map.entry("TCC-03", "Kết luận, kiến nghị thanh tra, kiểm toán được thực hiện"),
            Map.entry("CQS-01", "Tỷ lệ cơ sở dữ liệu kết nối liên thông"),
            Map.entry("CQS-02", "Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng"),
            Map.entry("CQS-03", "Tỷ lệ hệ thống thông tin được phê duyệt cấp độ an toàn"),
            Map.entry("CQS-04", "Tỷ lệ cấp chữ ký số cá nhân"),
            Map.entry("CQS-05", "Duy trì Hệ thống quản lý chất lượng ISO 9001:2015"));

    private ShortNames() {
    }

    static String of(String code) {
        String name = BY_CODE.get(code);
        if (name == null) {
            throw new IllegalArgumentException("no short name for " + code);
        }
        return name;
    }
}
