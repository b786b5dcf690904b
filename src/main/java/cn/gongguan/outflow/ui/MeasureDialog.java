package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.sixones.ContraceptiveMeasures;
import cn.gongguan.outflow.sixones.ContraceptiveMethod;
import cn.gongguan.outflow.sixones.MeasureDetails;
import cn.gongguan.registry.Person;
import cn.gongguan.security.ReadReason;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.uikit.FormDialog;
import cn.gongguan.uikit.RevisionList;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * 六个一 ⑥: a person's contraceptive measure, sensitive as the reproductive-health archive: the form asks first why
 * it is opened, and only then reads it (audited) and lets it be changed.
 */
class MeasureDialog extends FormDialog<Void> {

    /** The note inside the sealed measure; the service refuses more. */
    private static final int NOTE_LENGTH = 500;

    final EnumSelect<ReadReason> reason = field("reason", new EnumSelect<>("archive.reason", ReadReason.values()));
    final Button openSensitive = new Button();
    final EnumSelect<ContraceptiveMethod> method = required("method",
            new EnumSelect<>("sixOnes.measure.method", ContraceptiveMethod.values()));
    final DatePicker since = field("since", new DatePicker());
    final TextArea note = field("note", new TextArea());
    final RevisionList history = new RevisionList("measure-history", "history.title");
    private final transient ContraceptiveMeasures measures;
    private final long personId;
    private long version = -1;

    MeasureDialog(ContraceptiveMeasures measures, Person person) {
        super("save-measure");
        this.measures = measures;
        this.personId = person.getId();
        setHeaderTitle(getTranslation("sixOnes.measure.title", person.getName()));
        setWidth("min(40rem, 100vw)");
        reason.setId("measure-reason");
        method.setId("measure-method");
        since.setLabel(getTranslation("sixOnes.measure.since"));
        since.setId("measure-since");
        note.setLabel(getTranslation("sixOnes.measure.note"));
        note.setHelperText(getTranslation("sealedNote.helper"));
        note.setMaxLength(NOTE_LENGTH);
        note.setId("measure-note");
        Paragraph warning = new Paragraph(getTranslation("archive.sensitiveNotice"));
        warning.addClassName("gg-sensitive-notice");
        openSensitive.setText(getTranslation("archive.openSensitive"));
        openSensitive.setId("open-measure");
        openSensitive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        List<Component> sealed = List.of(method, since, note, history);
        sealed.forEach(c -> c.setVisible(false));
        save.setEnabled(false);
        openSensitive.addClickListener(e -> {
            if (reason.isEmpty()) {
                reason.setErrorMessage(getTranslation("archive.reasonRequired"));
                reason.setInvalid(true);
                return;
            }
            show(measures.open(personId, reason.getValue()));
            List.of(warning, reason, openSensitive).forEach(c -> c.setVisible(false));
            sealed.forEach(c -> c.setVisible(true));
            save.setEnabled(true);
        });
        addWide(warning);
        addFields(reason);
        addWide(openSensitive);
        addFields(method, since);
        addWide(note);
        addWide(history);
        // read again for the reason given when it was opened (and audited again)
        reloadWith(() -> show(measures.open(personId, reason.getValue())));
    }

    private void show(ContraceptiveMeasures.Content content) {
        version = content.version();
        if (content.measure() != null) {
            method.setValue(content.measure().method());
            since.setValue(content.measure().since());
            note.setValue(content.measure().note());
        }
        history.showEdits(content.history(), new RevisionList.FieldText() {
            @Override
            public String label(String field) {
                return getTranslation("sixOnes.measure." + field);
            }

            @Override
            public String value(String field, String value) {
                return field.equals("method") && value != null ? getTranslation(ContraceptiveMethod.valueOf(value).labelKey()) : value;
            }
        });
    }

    @Override
    protected Void write() {
        measures.save(personId, version, new MeasureDetails(method.getValue(), since.getValue(), note.getValue()));
        return null;
    }
}
