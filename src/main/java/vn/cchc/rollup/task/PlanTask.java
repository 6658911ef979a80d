package vn.cchc.rollup.task;

/**
 * One task of a plan appendix ("Khung nhiệm vụ").
 *
 * @param assignee   the agency code the task belongs to, or a group: {@code SO} for every Sở,
 *                   {@code XA} for every xã
 * @param code       the plan's own numbering, e.g. "2.10"
 * @param areaCode   the reform area
 * @param objective  "Mục tiêu/Chỉ tiêu/nội dung" as written
 * @param activities "Hoạt động" as written
 * @param product    "Kết quả, sản phẩm" as written
 * @param lead       "Chủ trì"
 * @param cooperating "Phối hợp"
 * @param budget     "Kinh phí", empty when not given
 */
public record PlanTask(
        String assignee,
        String code,
        String areaCode,
        String objective,
        String task,
        String activities,
        String product,
        String lead,
        String cooperating,
        Deadline deadline,
        String budget) {
}
