package cn.gongguan.governance.ui;

import cn.gongguan.governance.SupervisionVisit;
import cn.gongguan.governance.SupervisionVisits;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/** The county's supervision visits (督导检查) of one of its townships, latest first; the county records a new one. */
@Route(SupervisionView.ROUTE)
@RolesAllowed({Role.COUNTY_ADMIN_NAME, Role.COUNTY_GOVERNANCE_NAME})
public class SupervisionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CODE = "code";
    static final String ROUTE = GovernanceTownshipsView.ROUTE + "/:" + CODE;

    final H2 title = new H2();
    final Button record = new Button();
    final Grid<SupervisionVisit> grid = new Grid<>();
    private final transient SupervisionVisits visits;
    private final transient Today today;
    private Tenant township;

    SupervisionView(SupervisionVisits visits, Today today) {
        this.visits = visits;
        this.today = today;
        addClassName("gg-page");
        record.setText(getTranslation("governance.supervision.record"));
        record.setIcon(VaadinIcon.PLUS.create());
        record.setId("supervision-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(e -> {
            SupervisionDialog dialog = new SupervisionDialog(visits, township, today.date());
            dialog.addSavedListener(saved -> refresh());
            dialog.open();
        });
        grid.setId("supervision-visits");
        SupervisionColumns.add(grid, today.date());
        grid.setAllRowsVisible(true);
        add(new RouterLink(getTranslation("governance.townships.back"), GovernanceTownshipsView.class), title, record,
                grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Tenant> found = event.getRouteParameters().get(CODE).filter(TenantCode::isValid)
                .flatMap(code -> visits.townships().stream().filter(t -> t.code().value().equals(code)).findFirst());
        if (found.isEmpty()) {
            event.forwardTo(GovernanceTownshipsView.class);
            return;
        }
        township = found.get();
        title.setText(getTranslation("governance.supervision.of", township.name()));
        refresh();
    }

    private void refresh() {
        grid.setItems(visits.of(township.code()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("governance.supervision.title") + " · " + getTranslation("app.name");
    }
}
