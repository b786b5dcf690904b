package cn.gongguan.registry.ui;

import cn.gongguan.platform.Labelled;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Division;
import cn.gongguan.reference.Divisions;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.KeyGroup;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonFilter;
import cn.gongguan.registry.PersonListCondition;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The registry of the user's tenant: a lazily paged list with search (name, pinyin or ID number) and filters; ID
 * numbers are masked. A row opens the person with their five-step checklist; a button registers a newcomer.
 */
@Route("registry")
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME, Role.VILLAGE_OFFICER_NAME, Role.GROUP_OFFICER_NAME,
        Role.COMMITTEE_CLERK_NAME})
@Menu(title = "nav.registry", order = 5, icon = "vaadin:records")
public class RegistryView extends VerticalLayout implements TranslatedTitle {

    final TextField search = new TextField();
    final ComboBox<OrgUnit> orgUnit = new ComboBox<>();
    final Select<FlowType> flowType = new Select<>();
    final Select<Boolean> certificate = new Select<>();
    final Select<KeyGroup> keyGroup = new Select<>();
    /** The filters other features add (e.g. a step of the five-step method still open), each with its condition. */
    final Map<Select<Labelled>, PersonListCondition> conditions = new LinkedHashMap<>();
    final Grid<Person> grid = new Grid<>();
    private final transient Today today;

    RegistryView(PersonRegistry registry, OrgUnits orgUnits, Divisions divisions,
                 ObjectProvider<PersonDialog> dialogs, ObjectProvider<PersonImportDialog> imports,
                 ObjectProvider<ExportDialog> exports, List<PersonListCondition> listConditions, Today today) {
        this.today = today;
        addClassName("gg-page");
        setSizeFull();
        Button register = new Button(getTranslation("registry.new"), VaadinIcon.PLUS.create(), e -> {
            PersonDialog dialog = dialog(dialogs);
            dialog.openNew();
        });
        register.setId("register-person");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importButton = new Button(getTranslation("import.title"), VaadinIcon.UPLOAD.create(), e -> {
            PersonImportDialog dialog = imports.getObject();
            dialog.setOnImported(() -> grid.getDataProvider().refreshAll());
            dialog.open();
        });
        importButton.setId("import-persons");
        Button exportButton = new Button(getTranslation("registry.export"), VaadinIcon.DOWNLOAD.create(),
                e -> exports.getObject().open(filter()));
        exportButton.setId("export-persons");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.registry")), register, importButton,
                exportButton);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);

        search.setId("registry-search");
        search.setWidth("20em");
        search.setPlaceholder(getTranslation("registry.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        // the units of the user's scope: the township's all, a village officer's village and its groups
        List<OrgUnit> units = orgUnits.active().stream().filter(u -> CurrentUser.get().covers(u.getCode())).toList();
        Map<String, String> unitNames = orgUnits.names();
        orgUnit.setPlaceholder(getTranslation("person.orgUnit"));
        orgUnit.setItems(units);
        orgUnit.setItemLabelGenerator(u -> unitNames.getOrDefault(u.getCode(), u.getName()));
        orgUnit.setClearButtonVisible(true);
        orgUnit.setVisible(units.size() > 1);
        flowType.setEmptySelectionAllowed(true);
        flowType.setEmptySelectionCaption(getTranslation("registry.allFlowTypes"));
        flowType.setItems(FlowType.values());
        flowType.setItemLabelGenerator(t -> t == null ? getTranslation("registry.allFlowTypes") : getTranslation(t.labelKey()));
        certificate.setEmptySelectionAllowed(true);
        certificate.setEmptySelectionCaption(getTranslation("registry.anyCertificate"));
        certificate.setItems(true, false);
        certificate.setItemLabelGenerator(c -> c == null ? getTranslation("registry.anyCertificate")
                : getTranslation(c ? "registry.certificateChecked" : "registry.certificateUnchecked"));
        keyGroup.setId("registry-key-group");
        keyGroup.setEmptySelectionAllowed(true);
        keyGroup.setEmptySelectionCaption(getTranslation("registry.anyKeyGroup"));
        keyGroup.setItems(KeyGroup.values());
        keyGroup.setItemLabelGenerator(g -> g == null ? getTranslation("registry.anyKeyGroup") : getTranslation(g.labelKey()));
        HorizontalLayout filters = new HorizontalLayout(search, orgUnit, flowType, certificate, keyGroup);
        filters.setWrap(true);
        for (PersonListCondition condition : listConditions) {
            Select<Labelled> select = new Select<>();
            String any = getTranslation(condition.labelKey());
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(any);
            select.setItems(List.copyOf(condition.options()));
            select.setItemLabelGenerator(o -> o == null ? any : any + ": " + getTranslation(o.labelKey()));
            select.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
            conditions.put(select, condition);
            filters.add(select);
        }

        grid.setId("persons");
        grid.addColumn(Person::getName).setHeader(getTranslation("person.name"));
        grid.addColumn(p -> p.getIdNumber().masked()).setHeader(getTranslation("person.idNumber"));
        grid.addColumn(p -> getTranslation(p.getSex().labelKey())).setHeader(getTranslation("person.sex"));
        grid.addColumn(Person::getBirthDate).setHeader(getTranslation("person.birthDate"));
        grid.addColumn(p -> divisions.find(p.getRegistrationPlace()).map(Division::fullName).orElse(""))
                .setHeader(getTranslation("person.registrationPlace"));
        grid.addColumn(p -> p.getOrgUnit() == null ? "" : unitNames.getOrDefault(p.getOrgUnit(), p.getOrgUnit()))
                .setHeader(getTranslation("person.orgUnit"));
        grid.addColumn(p -> getTranslation(p.getFlowType().labelKey())).setHeader(getTranslation("person.flowType"));
        grid.addColumn(Person::getArrivalDate).setHeader(getTranslation("person.arrivalDate"));
        grid.addComponentColumn(this::certificateBadge).setHeader(getTranslation("person.certificateChecked"));
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        grid.setItems(query -> registry.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> registry.count(filter()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("persons/" + e.getItem().getId())));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        orgUnit.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        flowType.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        certificate.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        keyGroup.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(header, filters, grid);
    }

    private PersonDialog dialog(ObjectProvider<PersonDialog> dialogs) {
        PersonDialog dialog = dialogs.getObject();
        dialog.addSavedListener(saved -> {
            grid.getDataProvider().refreshAll();
            Notification.show(getTranslation("registry.saved", saved.saved().getName()));
        });
        return dialog;
    }

    PersonFilter filter() {
        OrgUnit unit = orgUnit.getValue();
        PersonFilter filter = new PersonFilter(search.getValue(), unit == null ? null : unit.getCode(),
                flowType.getValue(), certificate.getValue());
        if (keyGroup.getValue() != null) {
            filter = filter.and(keyGroup.getValue().on(today.date()));
        }
        for (Map.Entry<Select<Labelled>, PersonListCondition> condition : conditions.entrySet()) {
            if (condition.getKey().getValue() != null) {
                filter = filter.and(condition.getValue().specification(condition.getKey().getValue()));
            }
        }
        return filter;
    }

    private Span certificateBadge(Person person) {
        Span badge = new Span(getTranslation(person.isCertificateChecked() ? "registry.certificateChecked"
                : "registry.certificateUnchecked"));
        badge.getElement().getThemeList().add(person.isCertificateChecked() ? "badge success" : "badge contrast");
        return badge;
    }

    @Override
    public String titleKey() {
        return "nav.registry";
    }
}
