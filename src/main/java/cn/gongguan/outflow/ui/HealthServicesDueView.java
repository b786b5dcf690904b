package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.sixones.DueService;
import cn.gongguan.outflow.sixones.HealthServices;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * 六个一 ⑤: the persons of a village (an officer: their own) away this quarter who have had no reproductive-health
 * service yet, those who missed the previous quarter first and highlighted, each with the action that records one.
 */
@Route(HealthServicesDueView.ROUTE)
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME, Role.VILLAGE_OFFICER_NAME,
        Role.GROUP_OFFICER_NAME})
@Menu(title = "nav.servicesDue", order = 7.7, icon = "vaadin:heart-o")
public class HealthServicesDueView extends VerticalLayout implements TranslatedTitle {

    static final String ROUTE = "six-ones/services-due";

    final ComboBox<OrgUnit> village = new ComboBox<>();
    final Grid<DueService> grid = new Grid<>();
    private final transient HealthServices services;
    private final transient Today today;

    HealthServicesDueView(HealthServices services, OrgUnits orgUnits, Today today) {
        this.services = services;
        this.today = today;
        addClassName("gg-page");
        setSizeFull();
        Map<String, String> names = orgUnits.names();
        village.setPlaceholder(getTranslation("person.orgUnit"));
        village.setItems(orgUnits.active());
        village.setItemLabelGenerator(unit -> names.getOrDefault(unit.getCode(), unit.getName()));
        village.setClearButtonVisible(true);
        village.setId("due-village");
        // an officer's list is their own village's, whatever is chosen
        village.setVisible(CurrentUser.get().orgUnit() == null);
        grid.setId("services-due");
        grid.addColumn(DueService::name).setHeader(getTranslation("person.name"));
        grid.addColumn(d -> d.orgUnit() == null ? "" : names.getOrDefault(d.orgUnit(), d.orgUnit()))
                .setHeader(getTranslation("person.orgUnit"));
        grid.addColumn(DueService::departureDay).setHeader(getTranslation("outflow.departureDay"));
        grid.addComponentColumn(d -> {
            Span state = new Span(getTranslation(d.overdue() ? "sixOnes.service.overdue" : "sixOnes.service.due"));
            state.getElement().getThemeList().add(d.overdue() ? "badge error primary" : "badge contrast");
            return state;
        }).setHeader(getTranslation("outflow.state"));
        grid.addComponentColumn(this::recordButton);
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        grid.setPartNameGenerator(d -> d.overdue() ? "gg-overdue" : null);
        grid.setItems(query -> services.due(unit(), query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("persons/" + e.getItem().personId())));
        village.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H2(getTranslation("sixOnes.service.dueTitle", services.currentQuarter().toString())), village, grid);
    }

    private Button recordButton(DueService due) {
        Button record = new Button(getTranslation("sixOnes.service.record"), e -> {
            HealthServiceDialog dialog = new HealthServiceDialog(services, today, due.personId(), due.name());
            dialog.addSavedListener(saved -> grid.getDataProvider().refreshAll());
            dialog.open();
        });
        record.setId("record-service-" + due.personId());
        record.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return record;
    }

    private String unit() {
        return village.getValue() == null ? null : village.getValue().getCode();
    }

    @Override
    public String titleKey() {
        return "nav.servicesDue";
    }
}
