package cn.gongguan.registry.ui;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Division;
import cn.gongguan.reference.Divisions;
import cn.gongguan.registry.DuplicatePersonException;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.uikit.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Scope;

/**
 * Registers a newcomer or edits a person. A refused field shows its reason there and everything entered stays; an
 * ID number already registered offers the existing record; a record saved by a colleague meanwhile is not
 * overwritten.
 */
@SpringComponent
@Scope("prototype")
public class PersonDialog extends Dialog {

    final TextField name = new TextField();
    final TextField idNumber = new TextField();
    final TextField phone = new TextField();
    final RegistrationPlaceField registrationPlace;
    final ComboBox<OrgUnit> orgUnit = new ComboBox<>();
    final TextField address = new TextField();
    final DatePicker arrivalDate = new DatePicker();
    final Select<FlowType> flowType = new Select<>();
    final Select<MaritalStatus> maritalStatus = new Select<>();
    final IntegerField children = new IntegerField();
    final TextField employer = new TextField();
    final TextField certificateNumber = new TextField();
    final TextField certificatePlace = new TextField();
    final DatePicker certificateValidUntil = new DatePicker();
    final Checkbox certificateChecked = new Checkbox();
    final Div problem = new Div();
    final Button save = new Button();

    private final transient PersonRegistry registry;
    private final transient Divisions divisions;
    private final Binder<PersonDetails> binder = new Binder<>();
    private final FieldErrors errors = new FieldErrors(this);
    private final List<Consumer<Person>> savedListeners = new ArrayList<>();
    private Person editing;

    PersonDialog(PersonRegistry registry, Divisions divisions, OrgUnits orgUnits) {
        this.registry = registry;
        this.divisions = divisions;
        setWidth("min(56rem, 100vw)");
        label(name, "person.name");
        label(idNumber, "person.idNumber");
        label(phone, "person.phone");
        registrationPlace = new RegistrationPlaceField(divisions);
        registrationPlace.setId("person-registrationPlace");
        orgUnit.setLabel(getTranslation("person.orgUnit"));
        List<OrgUnit> units = orgUnits.active();
        orgUnit.setItems(units);
        orgUnit.setItemLabelGenerator(OrgUnit::getName);
        orgUnit.setVisible(!units.isEmpty());
        label(address, "person.address");
        arrivalDate.setLabel(getTranslation("person.arrivalDate"));
        flowType.setLabel(getTranslation("person.flowType"));
        flowType.setItems(FlowType.values());
        flowType.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        maritalStatus.setLabel(getTranslation("person.maritalStatus"));
        maritalStatus.setId("person-maritalStatus");
        maritalStatus.setItems(MaritalStatus.values());
        maritalStatus.setItemLabelGenerator(m -> getTranslation(m.labelKey()));
        children.setLabel(getTranslation("person.children"));
        children.setMin(0);
        children.setStepButtonsVisible(true);
        label(employer, "person.employer");
        label(certificateNumber, "person.certificateNumber");
        label(certificatePlace, "person.certificatePlace");
        certificateValidUntil.setLabel(getTranslation("person.certificateValidUntil"));
        certificateChecked.setLabel(getTranslation("person.certificateChecked"));
        bind(units);

        problem.addClassName("gg-form-problem");
        problem.setVisible(false);
        FormLayout form = new FormLayout(name, idNumber, phone, registrationPlace, orgUnit, address, arrivalDate,
                flowType, maritalStatus, children, employer, certificateNumber, certificatePlace,
                certificateValidUntil, certificateChecked);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        add(problem, form);

        save.setText(getTranslation("action.save"));
        save.setId("save-person");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** Opens the form for a newcomer. */
    void openNew() {
        editing = null;
        setHeaderTitle(getTranslation("registry.new"));
        idNumber.setReadOnly(false);
        binder.setBean(new PersonDetails());
        open();
    }

    /** Opens the form on a person as saved now. */
    public void openEdit(Person person) {
        editing = person;
        setHeaderTitle(person.getName());
        idNumber.setReadOnly(true);
        binder.setBean(person.details());
        open();
    }

    public void addSavedListener(Consumer<Person> listener) {
        savedListeners.add(listener);
    }

    private void save() {
        errors.clear();
        problem.setVisible(false);
        PersonDetails details = binder.getBean();
        try {
            Person saved = editing == null ? registry.register(details)
                    : registry.update(editing.getId(), editing.getVersion(), details);
            close();
            savedListeners.forEach(l -> l.accept(saved));
        } catch (StaleEditException meanwhile) {
            showProblem(getTranslation(meanwhile.messageKey(), meanwhile.arguments()), getTranslation("registry.reload"),
                    () -> registry.find(editing.getId()).ifPresent(this::openEdit));
        } catch (InvalidInputException refusal) {
            errors.show(refusal);
        } catch (DuplicatePersonException duplicate) {
            showProblem(getTranslation("registry.duplicate", duplicate.existingName()), getTranslation("registry.openExisting"),
                    () -> registry.find(duplicate.existingId()).ifPresent(this::openEdit));
        }
    }

    private void showProblem(String message, String action, Runnable onAction) {
        problem.removeAll();
        Button button = new Button(action, e -> onAction.run());
        button.setId("problem-action");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        problem.add(new Div(message), button);
        problem.setVisible(true);
    }

    private void bind(List<OrgUnit> units) {
        binder.forField(name).bind(PersonDetails::getName, PersonDetails::setName);
        binder.forField(idNumber).bind(PersonDetails::getIdNumber, PersonDetails::setIdNumber);
        binder.forField(phone).bind(PersonDetails::getPhone, PersonDetails::setPhone);
        binder.forField(registrationPlace)
                .withConverter(d -> d == null ? null : d.code(), code -> divisions.find(code).orElse(null))
                .bind(PersonDetails::getRegistrationPlace, PersonDetails::setRegistrationPlace);
        binder.forField(orgUnit)
                .withConverter(u -> u == null ? null : u.getCode(),
                        code -> units.stream().filter(u -> u.getCode().equals(code)).findFirst().orElse(null))
                .bind(PersonDetails::getOrgUnit, PersonDetails::setOrgUnit);
        binder.forField(address).bind(PersonDetails::getAddress, PersonDetails::setAddress);
        binder.forField(arrivalDate).bind(PersonDetails::getArrivalDate, PersonDetails::setArrivalDate);
        binder.forField(flowType).bind(PersonDetails::getFlowType, PersonDetails::setFlowType);
        binder.forField(maritalStatus).bind(PersonDetails::getMaritalStatus, PersonDetails::setMaritalStatus);
        binder.forField(children).withConverter(v -> v == null ? 0 : v, Integer::valueOf)
                .bind(PersonDetails::getChildren, PersonDetails::setChildren);
        binder.forField(employer).bind(PersonDetails::getEmployer, PersonDetails::setEmployer);
        binder.forField(certificateNumber).bind(PersonDetails::getCertificateNumber, PersonDetails::setCertificateNumber);
        binder.forField(certificatePlace).bind(PersonDetails::getCertificatePlace, PersonDetails::setCertificatePlace);
        binder.forField(certificateValidUntil)
                .bind(PersonDetails::getCertificateValidUntil, PersonDetails::setCertificateValidUntil);
        binder.forField(certificateChecked).bind(PersonDetails::isCertificateChecked, PersonDetails::setCertificateChecked);
        errors.bind("name", name).bind("idNumber", idNumber).bind("phone", phone)
                .bind("registrationPlace", registrationPlace).bind("orgUnit", orgUnit)
                .bind("arrivalDate", arrivalDate).bind("flowType", flowType).bind("maritalStatus", maritalStatus)
                .bind("children", children);
    }

    private void label(TextField field, String key) {
        field.setLabel(getTranslation(key));
        field.setId(key.replace('.', '-'));
    }
}
