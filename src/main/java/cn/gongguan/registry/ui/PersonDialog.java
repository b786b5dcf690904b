package cn.gongguan.registry.ui;

import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Divisions;
import cn.gongguan.registry.DuplicatePersonException;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonLimits;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.uikit.FormDialog;
import cn.gongguan.uikit.OrgUnitField;
import cn.gongguan.reference.ui.TownshipField;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

/**
 * Registers a newcomer or edits a person. A refused field shows its reason there and everything entered stays; an
 * ID number already registered offers the existing record; a record saved by a colleague meanwhile is not
 * overwritten and can be reloaded.
 */
@SpringComponent
@Scope("prototype")
public class PersonDialog extends FormDialog<Person> {

    /** The length of a resident ID number (stored as char(18)). */
    private static final int ID_NUMBER_LENGTH = 18;

    final TextField name = text(PersonLimits.NAME, "person.name");
    final TextField idNumber = required("idNumber", new TextField());
    final TextField phone = text(PersonLimits.PHONE, "person.phone");
    final TownshipField registrationPlace;
    final OrgUnitField orgUnit;
    final TextField address = text(PersonLimits.ADDRESS, "person.address");
    final DatePicker arrivalDate = field("arrivalDate", new DatePicker());
    final EnumSelect<FlowType> flowType = required("flowType", new EnumSelect<>("person.flowType", FlowType.values()));
    final EnumSelect<MaritalStatus> maritalStatus =
            required("maritalStatus", new EnumSelect<>("person.maritalStatus", MaritalStatus.values()));
    final IntegerField children = field("children", new IntegerField());
    final TextField employer = text(PersonLimits.EMPLOYER, "person.employer");
    final TextField certificateNumber = text(PersonLimits.CERTIFICATE_NUMBER, "person.certificateNumber");
    final TextField certificatePlace = text(PersonLimits.CERTIFICATE_PLACE, "person.certificatePlace");
    final DatePicker certificateValidUntil = new DatePicker();
    final Checkbox certificateChecked = new Checkbox();

    private final transient PersonRegistry registry;
    private final transient Divisions divisions;
    private final Binder<PersonDetails> binder = new Binder<>();
    private Person editing;

    PersonDialog(PersonRegistry registry, Divisions divisions, OrgUnits orgUnits) {
        super("save-person");
        this.registry = registry;
        this.divisions = divisions;
        idNumber.setLabel(getTranslation("person.idNumber"));
        idNumber.setId("person-idNumber");
        idNumber.setMaxLength(ID_NUMBER_LENGTH);
        registrationPlace = required("registrationPlace", new TownshipField(divisions, "person.registrationPlace"));
        registrationPlace.setId("person-registrationPlace");
        // an information officer places persons in their own village (or its groups) or group only
        orgUnit = field("orgUnit", new OrgUnitField(orgUnits, "person.orgUnit")
                .offering(unit -> CurrentUser.get().covers(unit.getCode())));
        arrivalDate.setLabel(getTranslation("person.arrivalDate"));
        maritalStatus.setId("person-maritalStatus");
        children.setLabel(getTranslation("person.children"));
        children.setMin(0);
        children.setStepButtonsVisible(true);
        certificateValidUntil.setLabel(getTranslation("person.certificateValidUntil"));
        certificateChecked.setLabel(getTranslation("person.certificateChecked"));
        // an outflow person's household is registered here and they live elsewhere: they did not arrive
        flowType.addValueChangeListener(e -> arrivalDate.setVisible(e.getValue() != FlowType.OUTFLOW));
        bind();
        addFields(name, idNumber, phone, registrationPlace, orgUnit, address, arrivalDate, flowType, maritalStatus,
                children, employer, certificateNumber, certificatePlace, certificateValidUntil, certificateChecked);
        reloadWith(() -> registry.find(editing.getId()).ifPresent(this::openEdit));
    }

    /** Opens the form for a newcomer. */
    void openNew() {
        openNew(new PersonDetails());
    }

    /**
     * Opens the form for a newcomer who arrived here (an inflow person) with the ID number known already, e.g. read
     * at the counter.
     */
    public void openNewArrival(String knownIdNumber) {
        PersonDetails details = new PersonDetails();
        details.setIdNumber(knownIdNumber);
        details.setFlowType(FlowType.INFLOW);
        openNew(details);
    }

    private void openNew(PersonDetails details) {
        editing = null;
        clearRefusals();
        setHeaderTitle(getTranslation("registry.new"));
        idNumber.setReadOnly(false);
        binder.setBean(details);
        open();
    }

    /** Opens the form on a person as saved now. */
    public void openEdit(Person person) {
        editing = person;
        clearRefusals();
        setHeaderTitle(person.getName());
        idNumber.setReadOnly(true);
        binder.setBean(person.details());
        open();
    }

    @Override
    protected Person write() {
        PersonDetails details = binder.getBean();
        return editing == null ? registry.register(details)
                : registry.update(editing.getId(), editing.getVersion(), details);
    }

    /** An ID number registered already: offers that person's record instead of a duplicate. */
    @Override
    protected boolean showRefusal(RuntimeException refusal) {
        if (!(refusal instanceof DuplicatePersonException duplicate)) {
            return false;
        }
        showNotice(getTranslation("registry.duplicate", duplicate.existingName()),
                () -> registry.find(duplicate.existingId()).ifPresent(this::openEdit), "registry.openExisting");
        return true;
    }

    private void bind() {
        // the registry's refusal, in the user's language at the field, is the one check; the browser already stops
        // typing at each field's limit
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(name).bind(PersonDetails::getName, PersonDetails::setName);
        binder.forField(idNumber).bind(PersonDetails::getIdNumber, PersonDetails::setIdNumber);
        binder.forField(phone).bind(PersonDetails::getPhone, PersonDetails::setPhone);
        binder.forField(registrationPlace)
                .withConverter(d -> d == null ? null : d.code(), code -> divisions.find(code).orElse(null))
                .bind(PersonDetails::getRegistrationPlace, PersonDetails::setRegistrationPlace);
        binder.forField(orgUnit).withConverter(u -> u == null ? null : u.getCode(), orgUnit::unit)
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
    }
}
