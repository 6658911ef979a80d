package vn.cchc.rollup.trend;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.cchc.rollup.catalog.Area;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.ProvinceName;
import vn.cchc.rollup.score.AgencyScore;
import vn.cchc.rollup.score.Evaluation;
import vn.cchc.rollup.score.IndicatorRollup;
import vn.cchc.rollup.score.PeriodResult;
import vn.cchc.rollup.score.ScopeScore;

/**
 * The values of a period result that trends follow, by item, in a stable order: group scores, group
 * area scores, agency scores, agency area scores, group indicator values, agency indicator values.
 * An agency that did not report has no score (rather than 0), so it shows as missing.
 */
final class TrendValues {

    static final String GROUP_SCORE = "Điểm khối";
    static final String GROUP_AREA = "Điểm lĩnh vực của khối";
    static final String AGENCY_SCORE = "Điểm đơn vị";
    static final String AGENCY_AREA = "Điểm lĩnh vực của đơn vị";
    static final String GROUP_INDICATOR = "Chỉ tiêu – khối";
    static final String AGENCY_INDICATOR = "Chỉ tiêu – đơn vị";
    static final String OVERALL = "Điểm Chỉ số CCHC";

    private TrendValues() {
    }

    static Map<TrendItem, BigDecimal> of(PeriodResult result) {
        Plan plan = result.plan();
        ProvinceName province = plan.provinceName();
        Map<TrendItem, BigDecimal> values = new LinkedHashMap<>();
        for (ScopeScore scope : result.scopes()) {
            values.put(new TrendItem(GROUP_SCORE, scope.scope().name(), scope.scope().label(province), "", OVERALL, true),
                    scope.score());
        }
        for (ScopeScore scope : result.scopes()) {
            for (Area area : plan.areas()) {
                values.put(new TrendItem(GROUP_AREA, scope.scope().name(), scope.scope().label(province), area.code(),
                        area.name(), true), scope.areaScores().get(area.code()));
            }
        }
        for (AgencyScore score : result.scores()) {
            values.put(new TrendItem(AGENCY_SCORE, score.agency().code(), score.agency().name(), "", OVERALL, true),
                    score.reported() ? score.score() : null);
        }
        for (AgencyScore score : result.scores()) {
            for (Area area : plan.areas()) {
                if (score.areaScores().containsKey(area.code())) {
                    values.put(new TrendItem(AGENCY_AREA, score.agency().code(), score.agency().name(), area.code(),
                            area.name(), true), score.reported() ? score.areaScores().get(area.code()) : null);
                }
            }
        }
        for (IndicatorRollup rollup : result.rollups()) {
            values.put(new TrendItem(GROUP_INDICATOR, rollup.scope().name(), rollup.scope().label(province),
                    rollup.indicator().code(), rollup.indicator().name(), false), rollup.value());
        }
        for (Evaluation evaluation : result.evaluations()) {
            values.put(new TrendItem(AGENCY_INDICATOR, evaluation.agency().code(), evaluation.agency().name(),
                    evaluation.indicator().code(), evaluation.indicator().name(), false),
                    evaluation.fact() == null ? null : evaluation.fact().value());
        }
        return values;
    }
}
