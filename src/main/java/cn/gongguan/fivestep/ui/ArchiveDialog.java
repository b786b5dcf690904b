package cn.gongguan.fivestep.ui;

import cn.gongguan.fivestep.Archive;
import cn.gongguan.fivestep.ArchiveField;
import cn.gongguan.fivestep.Archives;
import cn.gongguan.security.ReadReason;
import cn.gongguan.registry.Person;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.uikit.RevisionList;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
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

    final EnumSelect<ReadReason> reason = new EnumSelect<>("archive.reason", ReadReason.values());
    final Button openSensitive = new Button();
    final Map<String, AbstractField<?, ?>> fields = new LinkedHashMap<>();
    final RevisionList history = new RevisionList("archive-history", "history.title");
    private final transient Archives archives;
    private final Person person;
    private final Archive archive;
    private long version;

    ArchiveDialog(Archives archives, Person person, Archive archive) {
        super(archive.labelKey(), person.getName(), "save-archive");
        this.archives = archives;
        this.person = person;
        this.archive = archive;
        setWidth("min(44rem, 100vw)");
        archive.fields().forEach(field -> fields.put(field.name(), field(field)));
        if (archive.isSensitive()) {
            askReason();
        }
        fields.forEach((name, component) -> {
            errors.bind(name, (HasValidation) component);
            addFields(component);
        });
        addWide(history);
        if (!archive.isSensitive()) {
            show(archives.read(person.getId(), archive, null));
        }
        // a sensitive archive is read again for the reason given when it was opened (and audited again)
        reloadWith(() -> show(archives.read(person.getId(), archive, reason.getValue())));
    }

    /** The sensitive archive stays closed until a reason is chosen. */
    private void askReason() {
        reason.setId("archive-reason");
        errors.bind("reason", reason);
        openSensitive.setText(getTranslation("archive.openSensitive"));
        openSensitive.setId("open-sensitive");
        openSensitive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        Paragraph warning = new Paragraph(getTranslation("archive.sensitiveNotice"));
        warning.addClassName("gg-sensitive-notice");
        fields.values().forEach(field -> field.setVisible(false));
        openSensitive.addClickListener(e -> {
            if (reason.isEmpty()) {
                reason.setErrorMessage(getTranslation("archive.reasonRequired"));
                reason.setInvalid(true);
                return;
            }
            warning.setVisible(false);
            reason.setVisible(false);
            openSensitive.setVisible(false);
            fields.values().forEach(field -> field.setVisible(true));
            save.setEnabled(true);
            show(archives.read(person.getId(), archive, reason.getValue()));
        });
        addWide(warning);
        addFields(reason);
        addWide(openSensitive);
    }

    private void show(Archives.Content content) {
        version = content.version();
        content.values().forEach((name, value) -> {
            AbstractField<?, ?> field = fields.get(name);
            if (field != null) {
                set(field, value);
            }
        });
        history.showEdits(content.history(), new RevisionList.FieldText() {
            @Override
            public String label(String field) {
                return getTranslation(fieldNamed(field).labelKey());
            }

            @Override
            public String value(String field, String value) {
                ArchiveField archiveField = fieldNamed(field);
                return archiveField.type() == ArchiveField.Type.CHOICE
                        ? getTranslation(archiveField.choiceLabelKey(value)) : value;
            }
        });
    }

    private ArchiveField fieldNamed(String name) {
        return archive.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
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
