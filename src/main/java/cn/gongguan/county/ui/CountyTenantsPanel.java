package cn.gongguan.county.ui;

import cn.gongguan.county.CountyOverview;
import cn.gongguan.county.TenantFigures;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.provisioning.Tenant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Scope;

/** The county home's tree of townships and residents' committees, with status and rollup figures per tenant. */
@SpringComponent
@Scope("prototype")
class CountyTenantsPanel extends VerticalLayout {

    CountyTenantsPanel(CountyOverview overview) {
        setPadding(false);
        List<TenantFigures> tenants = overview.tenants();
        Map<TenantCode, TenantFigures> byCode = tenants.stream()
                .collect(Collectors.toMap(f -> f.tenant().code(), Function.identity()));

        TreeGrid<TenantFigures> grid = new TreeGrid<>();
        grid.setId("county-tenants");
        grid.addHierarchyColumn(f -> f.tenant().name()).setHeader(getTranslation("county.column.name"))
                .setWidth("16em").setFlexGrow(2);
        grid.addColumn(f -> f.tenant().code().value()).setHeader(getTranslation("county.column.code"));
        grid.addColumn(f -> getTranslation("tenant.kind." + f.tenant().kind())).setHeader(getTranslation("county.column.kind"));
        grid.addComponentColumn(this::status).setHeader(getTranslation("county.column.status"));
        grid.addColumn(TenantFigures::orgUnits).setHeader(getTranslation("county.column.orgUnits"));
        grid.addColumn(TenantFigures::users).setHeader(getTranslation("county.column.users"));
        List<TenantFigures> roots = tenants.stream().filter(f -> !byCode.containsKey(f.tenant().parent())).toList();
        grid.setItems(roots, parent -> tenants.stream()
                .filter(f -> Objects.equals(f.tenant().parent(), parent.tenant().code()))
                .toList());
        grid.expandRecursively(roots, 2);
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("county.tenants.title", tenants.size())), grid);
    }

    private Span status(TenantFigures figures) {
        Tenant tenant = figures.tenant();
        Span badge = new Span(getTranslation("tenant.status." + tenant.status()));
        badge.getElement().getThemeList().add("badge " + switch (tenant.status()) {
            case READY -> "success";
            case PENDING -> "contrast";
            case FAILED -> "error";
        });
        if (tenant.statusMessage() != null) {
            badge.setTitle(tenant.statusMessage());
        }
        return badge;
    }
}
