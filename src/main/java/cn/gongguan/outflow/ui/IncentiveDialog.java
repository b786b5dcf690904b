package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.Incentive;
import cn.gongguan.outflow.IncentiveDetails;
import cn.gongguan.outflow.IncentiveKind;
import cn.gongguan.outflow.IncentiveLimits;
import cn.gongguan.outflow.Incentives;
import cn.gongguan.platform.Today;
import cn.gongguan.registry.Person;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Records an incentive given to an outflow person (激励措施): what, when, and for a reimbursement how much. The amount
 * is asked only for the reimbursements.
 */
class IncentiveDialog extends FormDialog<Incentive> {

    final EnumSelect<IncentiveKind> kind =
            required("kind", new EnumSelect<>("incentive.kind", IncentiveKind.values()));
    final DatePicker day = required("day", new DatePicker());
    final BigDecimalField amount = field("amount", new BigDecimalField());
    final TextField note = text(IncentiveLimits.NOTE, "incentive.note");
    private final transient Incentives incentives;
    private final long personId;

    IncentiveDialog(Incentives incentives, Today today, Person person) {
        super("save-incentive");
        this.incentives = incentives;
        this.personId = person.getId();
        setHeaderTitle(getTranslation("incentive.giveTo", person.getName()));
        kind.setId("incentive-kind");
        kind.addValueChangeListener(e -> showAmount());
        day.setLabel(getTranslation("incentive.day"));
        day.setMax(today.date());
        day.setValue(today.date());
        day.setId("incentive-day");
        amount.setLabel(getTranslation("incentive.amount"));
        amount.setSuffixComponent(new Span(getTranslation("incentive.yuan")));
        amount.setId("incentive-amount");
        note.setId("incentive-note");
        addFields(kind, day, amount, note);
        showAmount();
    }

    /** Only the reimbursements are money. */
    private void showAmount() {
        amount.setVisible(kind.getValue() != null && kind.getValue().isReimbursement());
    }

    @Override
    protected Incentive write() {
        return incentives.give(personId, new IncentiveDetails(kind.getValue(), day.getValue(),
                amount.isVisible() ? amount.getValue() : null, note.getValue()));
    }
}
