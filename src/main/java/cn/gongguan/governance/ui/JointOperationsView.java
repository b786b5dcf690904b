package cn.gongguan.governance.ui;

import cn.gongguan.governance.JointOperations;
import cn.gongguan.governance.JointOperations.Listed;
import cn.gongguan.governance.Operation;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The county's joint clean-up operations (联合清理), newest first: each with its period, state, the townships that
 * submitted of those targeted and the locations done of those assigned; a row opens its progress. The governance
 * group plans a new one here; a liaison sees the operations they are named in, and nothing to plan.
 */
@Route(JointOperationsView.ROUTE)
@RolesAllowed({Role.COUNTY_ADMIN_NAME, Role.COUNTY_GOVERNANCE_NAME, Role.LIAISON_NAME})
@Menu(title = "nav.operations", order = 8.7, icon = "vaadin:flag")
public class JointOperationsView extends VerticalLayout implements TranslatedTitle {

    static final String ROUTE = "operations";

    final Grid<Listed> grid = new Grid<>();
    final Button plan = new Button();
    private final transient JointOperations operations;

    JointOperationsView(JointOperations operations, ObjectProvider<OperationPlanDialog> dialogs) {
        this.operations = operations;
        addClassName("gg-page");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.operations")));
        header.setAlignItems(Alignment.BASELINE);
        header.setWrap(true);
        plan.setText(getTranslation("operations.plan"));
        plan.setIcon(VaadinIcon.PLUS.create());
        plan.setId("plan-operation");
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        plan.setVisible(JointOperations.PLANNERS.contains(CurrentUser.get().role()));
        plan.addClickListener(e -> {
            OperationPlanDialog dialog = dialogs.getObject().planning();
            dialog.addSavedListener(saved -> open(saved.saved()));
            dialog.open();
        });
        header.add(plan);

        grid.setId("operations");
        grid.addColumn(l -> l.operation().title()).setHeader(getTranslation("operation.title"))
                .setFlexGrow(2).setAutoWidth(true);
        grid.addColumn(l -> OperationLabels.period(l.operation())).setHeader(getTranslation("operation.period"))
                .setAutoWidth(true);
        grid.addComponentColumn(l -> stateBadge(l.operation())).setHeader(getTranslation("operation.state"))
                .setAutoWidth(true);
        grid.addColumn(l -> getTranslation("operations.submittedOf", l.submitted(), l.townships()))
                .setHeader(getTranslation("operations.townships")).setAutoWidth(true);
        grid.addColumn(l -> getTranslation("operations.doneOf", l.locationsDone(), l.locationsTotal()))
                .setHeader(getTranslation("operations.locations")).setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem().operation().id()));
        grid.setEmptyStateText(getTranslation("operations.none"));
        add(header, new Paragraph(getTranslation("operations.intro." + CurrentUser.get().role().name())), grid);
        setSizeFull();
        refresh();
    }

    void refresh() {
        grid.setItems(operations.list());
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(OperationProgressView.class, new RouteParameters("id", String.valueOf(id))));
    }

    /** The operation's state as a badge: a draft plain, a published one running, a closed one done. */
    static Span stateBadge(Operation operation) {
        Span badge = new Span();
        badge.setText(badge.getTranslation(operation.state().labelKey()));
        badge.getElement().getThemeList().add(switch (operation.state()) {
            case DRAFT -> "badge contrast";
            case PUBLISHED -> "badge";
            case CLOSED -> "badge success";
        });
        return badge;
    }

    @Override
    public String titleKey() {
        return "nav.operations";
    }
}
