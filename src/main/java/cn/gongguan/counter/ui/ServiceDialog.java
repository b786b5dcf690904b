package cn.gongguan.counter.ui;

import cn.gongguan.counter.CounterLimits;
import cn.gongguan.counter.CounterService;
import cn.gongguan.counter.CounterVisit;
import cn.gongguan.counter.CounterVisits;
import cn.gongguan.registry.Person;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.textfield.TextArea;

/** Records a service given to the person at the counter: what, and a note kept sealed. */
class ServiceDialog extends FormDialog<CounterVisit> {

    final EnumSelect<CounterService> service = required("service",
            new EnumSelect<>("counter.service", CounterService.values()));
    final TextArea note = field("note", new TextArea());
    private final transient CounterVisits visits;
    private final long personId;

    ServiceDialog(CounterVisits visits, Person person) {
        super("counter-save-service");
        this.visits = visits;
        this.personId = person.getId();
        setHeaderTitle(getTranslation("counter.record.title", person.getName()));
        service.setId("counter-service");
        note.setId("counter-service-note");
        note.setLabel(getTranslation("counter.service.note"));
        note.setHelperText(getTranslation("sealedNote.helper"));
        note.setMaxLength(CounterLimits.NOTE_LENGTH);
        note.setWidthFull();
        addFields(service);
        addWide(note);
    }

    @Override
    protected CounterVisit write() {
        return visits.record(personId, service.getValue(), note.getValue());
    }
}
