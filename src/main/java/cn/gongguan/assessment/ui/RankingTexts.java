package cn.gongguan.assessment.ui;

import cn.gongguan.assessment.Scorecard;
import cn.gongguan.assessment.Scorecards.Ranked;
import cn.gongguan.platform.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the ranking's page, its workbook and the notice write a score, a rating and the change against last year. */
final class RankingTexts {

    private RankingTexts() {
    }

    /** Points with two decimals, as the scheme counts them. */
    static String points(BigDecimal points) {
        return points == null ? "" : points.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Places gained (↑2) or lost (↓1) since last year, a dash when the same, 新 without a rank last year. */
    static String change(Texts texts, Ranked ranked) {
        Integer change = ranked.change();
        if (change == null) {
            return texts.get("assessment.ranking.change.new");
        }
        return change > 0 ? "↑" + change : change < 0 ? "↓" + -change : "—";
    }

    /** The rating's label, empty when the township is neither commended nor criticised. */
    static String rating(Texts texts, Scorecard.Rating rating) {
        return rating == Scorecard.Rating.NONE ? "" : texts.get(rating.labelKey());
    }

    /** The Lumo badge theme of a rating: commended green, criticised red. */
    static String ratingTheme(Scorecard.Rating rating) {
        return switch (rating) {
            case COMMENDED -> "badge success";
            case CRITICISED -> "badge error";
            case NONE -> "badge contrast";
        };
    }
}
