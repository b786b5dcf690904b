package cn.gongguan.enterprise.ui;

import cn.gongguan.enterprise.Enterprise;
import cn.gongguan.enterprise.EnterpriseDetails;
import cn.gongguan.enterprise.Enterprises;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.RevisionList;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * One enterprise: its details (edited in the register's form, earlier versions below), its staff list with the
 * import, and the tasks given to its family-planning contact.
 */
@Route(EnterprisesView.ROUTE + "/:id")
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME, Role.COMMITTEE_CLERK_NAME})
public class EnterpriseView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    final H2 title = new H2();
    final Div facts = new Div();
    final Button edit = new Button();
    final RevisionList history = new RevisionList("enterprise-history", "enterprise.history");
    final StaffSection staff;
    final TaskSection tasks;
    private final transient Enterprises enterprises;
    private final transient OrgUnits orgUnits;
    private transient Enterprise enterprise;

    EnterpriseView(Enterprises enterprises, OrgUnits orgUnits, StaffSection staff, TaskSection tasks) {
        this.enterprises = enterprises;
        this.orgUnits = orgUnits;
        this.staff = staff;
        this.tasks = tasks;
        addClassName("gg-page");
        edit.setText(getTranslation("enterprise.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.setId("edit-enterprise");
        edit.addClickListener(e -> {
            EnterpriseDialog dialog = new EnterpriseDialog(enterprises, orgUnits, enterprise);
            dialog.addSavedListener(saved -> show(saved.saved()));
            dialog.open();
        });
        HorizontalLayout header = new HorizontalLayout(title, edit);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        facts.setId("enterprise-facts");
        staff.onImported(tasks::refresh);
        add(new Anchor(EnterprisesView.ROUTE, getTranslation("enterprise.back")), header, facts, staff, tasks,
                history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Enterprise> found;
        try {
            found = event.getRouteParameters().getLong("id").flatMap(enterprises::find);
        } catch (NumberFormatException | AccessDeniedException e) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            event.forwardTo(EnterprisesView.class);
            return;
        }
        show(found.get());
        staff.show(enterprise);
        tasks.show(enterprise);
    }

    private void show(Enterprise shown) {
        enterprise = shown;
        title.setText(shown.getName());
        EnterpriseDetails details = shown.details();
        Map<String, String> units = orgUnits.names();
        facts.removeAll();
        List.of(
                fact("enterprise.industry", details.industry()),
                fact("enterprise.address", details.address()),
                fact("enterprise.orgUnit", details.orgUnit() == null ? null
                        : units.getOrDefault(details.orgUnit(), details.orgUnit())),
                fact("enterprise.creditCode", details.creditCode()),
                fact("enterprise.contact", details.contactName() + " " + details.contactPhone()),
                fact("enterprise.association", getTranslation(details.association().labelKey())),
                fact("enterprise.headcount", String.valueOf(details.headcount())),
                fact("enterprise.note", details.note())).forEach(facts::add);
        history.showEdits(enterprises.history(shown.getId()), new EnterpriseFieldText(this, units));
    }

    private Paragraph fact(String labelKey, String value) {
        Paragraph fact = new Paragraph(getTranslation("enterprise.fact", getTranslation(labelKey),
                value == null || value.isBlank() ? getTranslation("history.blank") : value));
        fact.addClassName("gg-facts");
        fact.getStyle().set("margin", "0");
        return fact;
    }

    @Override
    public String titleKey() {
        return "nav.enterprises";
    }
}
