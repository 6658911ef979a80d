package vn.cchc.rollup.publish;

import java.nio.file.Path;
import java.util.List;

/** The chart files of a period: the four main ones (embedded in the workbook) and one per rate indicator. */
public record Charts(Path rankingSo, Path rankingXa, Path areaScores, Path ratesVsTargets, List<Path> indicators) {

    public static final String RANKING_SO = "xep-hang-so.png";
    public static final String RANKING_XA = "xep-hang-xa.png";
    public static final String AREA_SCORES = "diem-linh-vuc.png";
    public static final String RATES_VS_TARGETS = "ty-le-so-voi-chi-tieu.png";

    public Charts {
        indicators = List.copyOf(indicators);
    }

    public static String indicatorFileName(String indicatorCode) {
        return "chi-tieu-" + indicatorCode + ".png";
    }

    public List<Path> main() {
        return List.of(rankingSo, rankingXa, areaScores, ratesVsTargets);
    }
}
