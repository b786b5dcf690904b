package cn.gongguan.exchange.ui;

import cn.gongguan.exchange.Exchange;
import cn.gongguan.exchange.MessageLimits;
import cn.gongguan.exchange.Places;
import cn.gongguan.exchange.TimeLimits;
import cn.gongguan.exchange.Urgency;
import cn.gongguan.exchange.VerificationTopic;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.reference.Divisions;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.uikit.FormDialog;
import cn.gongguan.uikit.TextFields;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A verification request (协查) to another place: whom it is about (ID number and name), where it goes, what it asks,
 * how urgent it is — the county's time limit of the urgency is shown — and a note, sealed. Other features open it
 * filled in (a re-check finding of a person out of contact); it fires its saved event with the message's id.
 */
public class AskDialog extends FormDialog<Long> {

    final TextField idNumber = required(IdNumber.FIELD, new TextField());
    final TextField personName = text(MessageLimits.PERSON_NAME, "person.name");
    final PlaceField addressee;
    final EnumSelect<VerificationTopic> topic = required("topic",
            new EnumSelect<>("exchange.topic", VerificationTopic.values()));
    final EnumSelect<Urgency> urgency = required("urgency", new EnumSelect<>("exchange.urgency", Urgency.values()));
    final TextArea note = field("note", TextFields.area(MessageLimits.ANSWER, "exchange.ask.note"));
    private final transient Exchange exchange;

    public AskDialog(Exchange exchange, TimeLimits timeLimits, Places places, Divisions divisions,
                     TenantRegistry tenants) {
        super("save-ask");
        this.exchange = exchange;
        setHeaderTitle(getTranslation("exchange.ask.new"));
        save.setText(getTranslation("exchange.ask.send"));
        idNumber.setLabel(getTranslation("person.idNumber"));
        idNumber.setId("ask-id-number");
        idNumber.setMaxLength(20);
        personName.setId("ask-name");
        addressee = required("addressee", new PlaceField(divisions, tenants, places, "exchange.addressee"));
        addressee.setId("ask-addressee");
        topic.setId("ask-topic");
        urgency.setId("ask-urgency");
        urgency.setValue(Urgency.NORMAL);
        StringBuilder limits = new StringBuilder();
        for (TimeLimits.Limit limit : timeLimits.limits()) {
            limits.append(limits.isEmpty() ? "" : getTranslation("exchange.separator"))
                    .append(getTranslation(limit.workingDays() ? "exchange.limit.working" : "exchange.limit.calendar",
                            getTranslation(limit.urgency().labelKey()), limit.days()));
        }
        urgency.setHelperText(limits.toString());
        note.setId("ask-note");
        note.setHelperText(getTranslation("exchange.ask.note.help"));
        addFields(idNumber, personName, addressee, topic, urgency);
        addWide(note);
    }

    /** Fills in whom it is about and where it goes (a code of a place, or null when not known). */
    public AskDialog about(String name, String number, String place) {
        personName.setValue(name == null ? "" : name);
        idNumber.setValue(number == null ? "" : number);
        if (place != null) {
            addressee.setValue(place);
        }
        return this;
    }

    @Override
    protected Long write() {
        return exchange.ask(addressee.getValue(), personName.getValue(), idNumber.getValue(), topic.getValue(),
                urgency.getValue(), note.getValue());
    }
}
