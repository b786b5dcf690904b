package cn.gongguan.enterprise.ui;

import cn.gongguan.enterprise.Enterprise;
import cn.gongguan.enterprise.EnterpriseTasks;
import cn.gongguan.enterprise.Enterprises;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * The register of the unit's enterprises (用工单位): searched by name, industry or contact, each with its overdue
 * tasks; a row opens the enterprise's page, with its staff list and tasks.
 */
@Route(EnterprisesView.ROUTE)
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME, Role.COMMITTEE_CLERK_NAME})
@Menu(title = "nav.enterprises", order = 12.4, icon = "vaadin:factory")
public class EnterprisesView extends VerticalLayout implements TranslatedTitle {

    public static final String ROUTE = "enterprises";

    final TextField search = new TextField();
    final Grid<Enterprise> grid = new Grid<>();
    final Button add = new Button();
    private final transient EnterpriseTasks tasks;
    private transient Map<Long, Long> overdue;

    EnterprisesView(Enterprises enterprises, EnterpriseTasks tasks, OrgUnits orgUnits) {
        this.tasks = tasks;
        this.overdue = tasks.overdue();
        addClassName("gg-page");
        setSizeFull();
        Map<String, String> units = orgUnits.names();
        add.setText(getTranslation("enterprise.new"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("add-enterprise");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> {
            EnterpriseDialog dialog = new EnterpriseDialog(enterprises, orgUnits, null);
            dialog.addSavedListener(saved -> open(saved.saved()));
            dialog.open();
        });
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.enterprises")), add);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);

        search.setId("enterprise-search");
        search.setPlaceholder(getTranslation("enterprise.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(24rem, 100%)");
        search.addValueChangeListener(e -> refresh());

        grid.setId("enterprises");
        grid.addColumn(Enterprise::getName).setHeader(getTranslation("enterprise.name")).setFlexGrow(1);
        grid.addColumn(Enterprise::getIndustry).setHeader(getTranslation("enterprise.industry"));
        grid.addColumn(e -> e.getOrgUnit() == null ? "" : units.getOrDefault(e.getOrgUnit(), e.getOrgUnit()))
                .setHeader(getTranslation("enterprise.orgUnit"));
        grid.addColumn(e -> e.getContactName() + " " + e.getContactPhone())
                .setHeader(getTranslation("enterprise.contact"));
        grid.addColumn(e -> getTranslation(e.getAssociation().labelKey()))
                .setHeader(getTranslation("enterprise.association"));
        grid.addColumn(Enterprise::getHeadcount).setHeader(getTranslation("enterprise.headcount"));
        grid.addComponentColumn(e -> {
            long late = overdue.getOrDefault(e.getId(), 0L);
            Span badge = new Span(late == 0 ? "" : getTranslation("enterprise.tasks.overdueCount", late));
            badge.setVisible(late > 0);
            badge.getElement().setAttribute("theme", "badge error small");
            return badge;
        }).setHeader(getTranslation("enterprise.tasks")).setKey("overdue");
        grid.getColumns().forEach(c -> c.setAutoWidth(true));
        grid.setItems(query -> enterprises.list(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> enterprises.count(search.getValue()));
        grid.addItemClickListener(e -> open(e.getItem()));
        add(header, search, grid);
    }

    private void refresh() {
        overdue = tasks.overdue();
        grid.getDataProvider().refreshAll();
    }

    private void open(Enterprise enterprise) {
        getUI().ifPresent(ui -> ui.navigate(EnterpriseView.class,
                new RouteParameters("id", String.valueOf(enterprise.getId()))));
    }

    @Override
    public String titleKey() {
        return "nav.enterprises";
    }
}
