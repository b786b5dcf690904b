package cn.gongguan.assessment.ui;

import cn.gongguan.assessment.AssessmentLimits;
import cn.gongguan.assessment.Closing;
import cn.gongguan.assessment.Closing.Decision;
import cn.gongguan.assessment.Closing.Objection;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.uikit.FormDialog;
import cn.gongguan.uikit.Formats;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The county decides a township's objection to a deduction: upheld, giving back points (the whole deduction unless
 * the county gives back less), or rejected; always with the reason, which the township reads.
 */
class ObjectionDialog extends FormDialog<Objection> {

    /** The field {@link Closing#decide} refuses a missing or repeated decision at. */
    private static final String DECISION = "decision";

    final EnumSelect<Decision> decision = required(DECISION,
            new EnumSelect<>("assessment.decide.decision", Decision.values()));
    final BigDecimalField restored = required(Closing.RESTORED, new BigDecimalField());
    final TextArea reason = area(AssessmentLimits.DECISION_REASON, "assessment.decide.reason");
    private final transient Closing closing;
    private final Objection objection;

    ObjectionDialog(Closing closing, Objection objection, String township) {
        super("decide-save");
        this.closing = closing;
        this.objection = objection;
        setHeaderTitle(getTranslation("assessment.decide.title", township));
        save.setText(getTranslation("assessment.decide.save"));
        Paragraph what = new Paragraph(getTranslation("assessment.decide.what", getTranslation(
                objection.item().labelKey()), RankingTexts.points(objection.deducted()), objection.raisedBy(),
                Formats.dateTime(objection.raisedAt(), getLocale())));
        Paragraph why = new Paragraph(getTranslation("assessment.decide.why", objection.reason()));
        why.setId("decide-objection-reason");
        decision.setId("decide-decision");
        restored.setId("decide-restored");
        restored.setLabel(getTranslation("assessment.decide.restored"));
        restored.setHelperText(getTranslation("assessment.decide.restored.help",
                RankingTexts.points(objection.deducted())));
        restored.setValue(objection.deducted());
        restored.setVisible(false);
        reason.setId("decide-reason");
        decision.addValueChangeListener(e -> restored.setVisible(e.getValue() == Decision.UPHELD));
        addWide(what);
        addWide(why);
        addFields(decision, restored);
        addWide(reason);
    }

    @Override
    protected Objection write() {
        return closing.decide(objection.id(), decision.getValue(),
                decision.getValue() == Decision.UPHELD ? restored.getValue() : null, reason.getValue());
    }
}
