package vn.cchc.rollup.trend;

/**
 * What a trend line follows, e.g. the score of Sở Nội vụ, the area score of khối xã in lĩnh vực
 * "Cải cách TTHC", or the value of TTHC-06 for one agency.
 *
 * @param section     "Điểm đơn vị", "Điểm lĩnh vực đơn vị", "Điểm khối", "Chỉ tiêu khối", "Chỉ tiêu đơn vị"
 * @param subjectCode agency code or scope name
 * @param itemCode    area or indicator code; empty for an overall score
 * @param higherIsBetter whether a rise is an improvement (scores); unknown for indicator values
 */
public record TrendItem(String section, String subjectCode, String subjectName, String itemCode, String itemName,
        boolean higherIsBetter) {

    /** A line about one agency's area or indicator: the bulk of the lines at national scale. */
    public boolean agencyDetail() {
        return section.equals(TrendValues.AGENCY_AREA) || section.equals(TrendValues.AGENCY_INDICATOR);
    }

    /** A score of a whole khối, overall or by area: the few lines read at a meeting. */
    public boolean groupScore() {
        return section.equals(TrendValues.GROUP_SCORE) || section.equals(TrendValues.GROUP_AREA);
    }
}
