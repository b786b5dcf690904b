package cn.gongguan.fivestep.ui;

import cn.gongguan.fivestep.Archive;
import cn.gongguan.fivestep.ArchiveField;
import cn.gongguan.fivestep.Archives;
import cn.gongguan.security.ReadReason;
import cn.gongguan.registry.Person;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 四建档: one archive of a person as a form built from the archive's fields. A sensitive archive asks first why it
 * is opened; only then is it read (and the read audited).
 */
class ArchiveDialog extends StepDialog {

    final Select<ReadReason> reason = new Select<>();
    final Button openSensitive = new Button();
    final Map<String, AbstractField<?, ?>> fields = new LinkedHashMap<>();
    private final FormLayout form = new FormLayout();
    private final transient Archives archives;
    private final Person person;
    private final Archive archive;
    private long version;

    ArchiveDialog(Archives archives, Person person, Archive archive, Runnable onSaved) {
        super(archive.labelKey(), person.getName(), "save-archive", onSaved);
        this.archives = archives;
        this.person = person;
        this.archive = archive;
        setWidth("min(44rem, 100vw)");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        archive.fields().forEach(field -> fields.put(field.name(), field(field)));
        fields.forEach((name, component) -> {
            errors.bind(name, (HasValidation) component);
            form.add(component);
        });
        if (archive.isSensitive()) {
            askReason();
        } else {
            show(archives.read(person.getId(), archive, null));
        }
    }

    /** The sensitive archive stays closed until a reason is chosen. */
    private void askReason() {
        reason.setLabel(getTranslation("archive.reason"));
        reason.setItems(ReadReason.values());
        reason.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        reason.setId("archive-reason");
        errors.bind("reason", reason);
        openSensitive.setText(getTranslation("archive.openSensitive"));
        openSensitive.setId("open-sensitive");
        openSensitive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        Paragraph warning = new Paragraph(getTranslation("archive.sensitiveNotice"));
        warning.addClassName("gg-sensitive-notice");
        openSensitive.addClickListener(e -> {
            if (reason.isEmpty()) {
                reason.setErrorMessage(getTranslation("archive.reasonRequired"));
                reason.setInvalid(true);
                return;
            }
            removeAll();
            save.setEnabled(true);
            show(archives.read(person.getId(), archive, reason.getValue()));
        });
        add(warning, reason, openSensitive);
    }

    private void show(Archives.Content content) {
        version = content.version();
        content.values().forEach((name, value) -> {
            AbstractField<?, ?> field = fields.get(name);
            if (field != null) {
                set(field, value);
            }
        });
        add(form);
    }

    @Override
    void submit() {
        Map<String, String> values = new HashMap<>();
        fields.forEach((name, field) -> {
            Object value = field.getValue();
            values.put(name, value == null ? "" : value.toString());
        });
        archives.save(person.getId(), archive, version, values);
    }

    private AbstractField<?, ?> field(ArchiveField field) {
        String label = getTranslation(field.labelKey());
        AbstractField<?, ?> component = switch (field.type()) {
            case TEXT -> new TextField(label);
            case NUMBER -> {
                IntegerField number = new IntegerField(label);
                number.setMin(0);
                number.setStepButtonsVisible(true);
                yield number;
            }
            case DATE -> new DatePicker(label);
            case CHOICE -> {
                Select<String> select = new Select<>();
                select.setLabel(label);
                select.setItems(field.choices());
                select.setItemLabelGenerator(choice -> getTranslation(field.choiceLabelKey(choice)));
                yield select;
            }
        };
        component.setId("archive-field-" + field.name());
        ((HasValue<?, ?>) component).setRequiredIndicatorVisible(field.required());
        return component;
    }

    @SuppressWarnings("unchecked")
    private static void set(AbstractField<?, ?> field, String value) {
        Object typed = switch (field) {
            case IntegerField number -> Integer.valueOf(value);
            case DatePicker date -> LocalDate.parse(value);
            default -> value;
        };
        ((AbstractField<?, Object>) field).setValue(typed);
    }
}
