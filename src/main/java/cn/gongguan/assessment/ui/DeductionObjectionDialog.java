package cn.gongguan.assessment.ui;

import cn.gongguan.assessment.AssessmentLimits;
import cn.gongguan.assessment.Closing;
import cn.gongguan.assessment.Closing.Objection;
import cn.gongguan.assessment.Scorecard.Adjustment;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The township's objection to a deduction (提出异议) with its reason. The service's refusals — a year no longer under
 * review, a scorecard confirmed, an objection open already — show at the reason, with the text kept.
 */
class DeductionObjectionDialog extends FormDialog<Objection> {

    final TextArea reason = area(AssessmentLimits.OBJECTION_REASON, "assessment.objection.reason");
    private final transient Closing closing;
    private final int year;
    private final Adjustment deduction;

    DeductionObjectionDialog(Closing closing, int year, Adjustment deduction) {
        super("objection-save");
        this.closing = closing;
        this.year = year;
        this.deduction = deduction;
        setId("objection-dialog");
        setHeaderTitle(getTranslation("assessment.objection.title", getTranslation(deduction.item().labelKey())));
        reason.setId("objection-reason");
        field(Closing.ITEM, reason);
        field(Closing.YEAR, reason);
        save.setText(getTranslation("assessment.objection.submit"));
        Div deducted = new Div(getTranslation("assessment.objection.deducted", ScorecardPanel.points(deduction.net())));
        addWide(deducted);
        addWide(reason);
    }

    @Override
    protected Objection write() {
        return closing.object(year, deduction.item(), reason.getValue());
    }
}
