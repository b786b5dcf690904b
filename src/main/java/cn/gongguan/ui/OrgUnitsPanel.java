package cn.gongguan.ui;

import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.springframework.context.annotation.Scope;

/** A township's villages and communities, read from its own schema. */
@SpringComponent
@Scope("prototype")
class OrgUnitsPanel extends VerticalLayout {

    OrgUnitsPanel(OrgUnits orgUnits) {
        setPadding(false);
        List<OrgUnit> units = orgUnits.villages();
        Grid<OrgUnit> grid = new Grid<>();
        grid.setId("org-units");
        grid.addColumn(OrgUnit::getName).setHeader(getTranslation("orgunit.column.name")).setFlexGrow(2);
        grid.addColumn(OrgUnit::getCode).setHeader(getTranslation("orgunit.column.code"));
        grid.addColumn(u -> getTranslation("orgunit.kind." + u.getKind())).setHeader(getTranslation("orgunit.column.kind"));
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        grid.setItems(units);
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("orgunit.title", units.size())), grid);
    }
}
