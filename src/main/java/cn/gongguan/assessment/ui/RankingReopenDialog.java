package cn.gongguan.assessment.ui;

import cn.gongguan.assessment.AssessmentLimits;
import cn.gongguan.assessment.Closing;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** Reopens an approved year for review: the frozen scorecards are taken back, so the county says why (audited). */
class RankingReopenDialog extends FormDialog<Integer> {

    final TextArea reason = area(AssessmentLimits.REOPEN_REASON, "assessment.ranking.reopen.reason");
    private final transient Closing closing;
    private final int year;

    RankingReopenDialog(Closing closing, int year) {
        super("reopen-save");
        this.closing = closing;
        this.year = year;
        setHeaderTitle(getTranslation("assessment.ranking.reopen.title", String.valueOf(year)));
        save.setText(getTranslation("assessment.ranking.reopen"));
        reason.setId("reopen-reason");
        addWide(new Paragraph(getTranslation("assessment.ranking.reopen.note")));
        addWide(reason);
    }

    @Override
    protected Integer write() {
        closing.reopen(year, reason.getValue());
        return year;
    }
}
