package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.Incentives;
import cn.gongguan.outflow.OutflowFilter;
import cn.gongguan.outflow.OutflowTrip;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Division;
import cn.gongguan.reference.Divisions;
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
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The township's outflow persons (外出人员): by default those away now, latest departure first, with where they went
 * and how the trip was declared. The township declares departures here; a row opens the person.
 */
@Route("outflow")
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME, Role.VILLAGE_OFFICER_NAME, Role.GROUP_OFFICER_NAME})
@Menu(title = "nav.outflow", order = 7.5, icon = "vaadin:road")
public class OutflowView extends VerticalLayout implements TranslatedTitle {

    /** The list's states: away now, returned, all trips. */
    enum Shown { AWAY, RETURNED, ALL }

    final TextField search = new TextField();
    final ComboBox<OrgUnit> orgUnit = new ComboBox<>();
    final Select<Shown> shown = new Select<>();
    final Grid<OutflowTrip> grid = new Grid<>();
    final Button depart = new Button();
    final Button importList = new Button();
    final Span incentivesGiven = new Span();
    private final H2 title = new H2();
    private final transient OutflowTrips trips;
    private final transient FigureReadings figures;
    private final transient Today today;

    OutflowView(OutflowTrips trips, OrgUnits orgUnits, Divisions divisions, Today today, FigureReadings figures,
                ObjectProvider<OutflowImportDialog> imports) {
        this.trips = trips;
        this.figures = figures;
        this.today = today;
        addClassName("gg-page");
        setSizeFull();
        depart.setText(getTranslation("outflow.depart"));
        depart.setIcon(VaadinIcon.PLUS.create());
        depart.setId("declare-departure");
        depart.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        depart.setVisible(OutflowTrips.mayRecord());
        depart.addClickListener(e -> {
            DepartureDialog dialog = new DepartureDialog(trips, divisions, orgUnits, today, null);
            dialog.addSavedListener(saved -> {
                refresh();
                Notification.show(getTranslation("outflow.departed", saved.saved().getPerson().getName()));
            });
            dialog.open();
        });
        importList.setText(getTranslation("outflow.import.title"));
        importList.setIcon(VaadinIcon.UPLOAD.create());
        importList.setId("import-outflow");
        importList.setVisible(OutflowTrips.mayRecord());
        importList.addClickListener(e -> {
            OutflowImportDialog dialog = imports.getObject();
            dialog.setOnImported(this::refresh);
            dialog.open();
        });
        incentivesGiven.setId("outflow-incentives-given");
        incentivesGiven.addClassName("gg-muted");
        incentivesGiven.setVisible(Incentives.mayGive());
        HorizontalLayout header = new HorizontalLayout(title, depart, importList, incentivesGiven);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);

        search.setPlaceholder(getTranslation("outflow.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("outflow-search");
        Map<String, String> units = orgUnits.names();
        orgUnit.setPlaceholder(getTranslation("person.orgUnit"));
        orgUnit.setItems(orgUnits.active().stream().filter(u -> CurrentUser.get().covers(u.getCode())).toList());
        orgUnit.setItemLabelGenerator(u -> units.get(u.getCode()));
        orgUnit.setClearButtonVisible(true);
        shown.setItems(Shown.values());
        shown.setItemLabelGenerator(s -> getTranslation("outflow.shown." + s.name()));
        shown.setValue(Shown.AWAY);
        shown.setId("outflow-shown");
        HorizontalLayout filters = new HorizontalLayout(search, orgUnit, shown);
        filters.setWrap(true);

        grid.setId("outflow-trips");
        grid.addColumn(t -> t.getPerson().getName()).setHeader(getTranslation("person.name"));
        grid.addColumn(t -> t.getPerson().getIdNumber().masked()).setHeader(getTranslation("person.idNumber"));
        grid.addColumn(t -> t.getPerson().getOrgUnit() == null ? ""
                : units.getOrDefault(t.getPerson().getOrgUnit(), t.getPerson().getOrgUnit()))
                .setHeader(getTranslation("person.orgUnit"));
        grid.addColumn(OutflowTrip::getDepartureDay).setHeader(getTranslation("outflow.departureDay"));
        grid.addColumn(t -> TripFields.destinationName(divisions, t.getDestination(), this))
                .setHeader(getTranslation("outflow.destination"));
        grid.addComponentColumn(TripBadges::of).setHeader(getTranslation("outflow.state"));
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        grid.setItems(query -> trips.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> trips.count(filter()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("persons/" + e.getItem().getPerson().getId())));
        search.addValueChangeListener(e -> refresh());
        orgUnit.addValueChangeListener(e -> refresh());
        shown.addValueChangeListener(e -> refresh());
        add(header, filters, grid);
        refresh();
    }

    OutflowFilter filter() {
        Boolean away = switch (shown.getValue()) {
            case AWAY -> true;
            case RETURNED -> false;
            case ALL -> null;
        };
        return new OutflowFilter(search.getValue(), orgUnit.getValue() == null ? null : orgUnit.getValue().getCode(),
                away);
    }

    private void refresh() {
        title.setText(getTranslation("outflow.title", trips.count(OutflowFilter.AWAY)));
        if (incentivesGiven.isVisible()) {
            Long given = figures.ofTownship(today.month()).incentives();
            incentivesGiven.setText(getTranslation("outflow.incentivesThisMonth", given == null ? "—" : given));
        }
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String titleKey() {
        return "nav.outflow";
    }
}
