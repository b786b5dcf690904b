package cn.gongguan.fivestep.ui;

import cn.gongguan.fivestep.FiveSteps;
import cn.gongguan.fivestep.Step;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonFilter;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** 一访: the persons living here (inflow and intra-county movers) not yet visited, newest first, each with the button that records the visit. */
@Route("visits")
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME, Role.VILLAGE_OFFICER_NAME, Role.GROUP_OFFICER_NAME,
        Role.COMMITTEE_CLERK_NAME})
@Menu(title = "nav.visits", order = 6, icon = "vaadin:home-o")
public class VisitsView extends VerticalLayout implements TranslatedTitle {

    static final PersonFilter NOT_VISITED =
            PersonFilter.livingHere().and(FiveSteps.open(Step.VISIT));

    final Grid<Person> grid = new Grid<>();
    private final H2 title = new H2();
    private final transient PersonRegistry registry;

    VisitsView(PersonRegistry registry, FiveSteps fiveSteps, OrgUnits orgUnits, Today today) {
        this.registry = registry;
        addClassName("gg-page");
        setSizeFull();
        Map<String, String> units = orgUnits.names();
        grid.setId("not-visited");
        grid.addColumn(Person::getName).setHeader(getTranslation("person.name"));
        grid.addColumn(p -> p.getIdNumber().masked()).setHeader(getTranslation("person.idNumber"));
        grid.addColumn(p -> p.getOrgUnit() == null ? "" : units.getOrDefault(p.getOrgUnit(), p.getOrgUnit()))
                .setHeader(getTranslation("person.orgUnit"));
        grid.addColumn(Person::getArrivalDate).setHeader(getTranslation("person.arrivalDate"));
        grid.addComponentColumn(person -> {
            Button record = new Button(getTranslation("step.visit.record"), e -> {
                VisitDialog dialog = new VisitDialog(fiveSteps, person, today);
                dialog.addSavedListener(saved -> {
                    refresh();
                    Notification.show(getTranslation("step.visit.recorded", person.getName()));
                });
                dialog.open();
            });
            record.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            return record;
        }).setKey("record");
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        grid.setItems(query -> registry.list(NOT_VISITED, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> registry.count(NOT_VISITED));
        add(title, new Paragraph(getTranslation("visits.intro")), grid);
        refresh();
    }

    private void refresh() {
        title.setText(getTranslation("visits.title", registry.count(NOT_VISITED)));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String titleKey() {
        return "nav.visits";
    }
}
