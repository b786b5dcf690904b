package cn.gongguan.groups.ui;

import cn.gongguan.groups.VillageGroups;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The township's villages and the groups (村民小组) below each: the township administrator picks a village, sees its
 * groups, enters a new one, and opens one to rename or deactivate it.
 */
@Route("org-units")
@RolesAllowed(Role.TOWNSHIP_ADMIN_NAME)
@Menu(title = "nav.orgUnits", order = 25, icon = "vaadin:sitemap")
public class OrgUnitsView extends VerticalLayout implements TranslatedTitle {

    final ComboBox<OrgUnit> village = new ComboBox<>();
    final Grid<OrgUnit> grid = new Grid<>();
    final Button add = new Button();
    private final transient VillageGroups groups;

    OrgUnitsView(VillageGroups groups) {
        this.groups = groups;
        addClassName("gg-page");
        setSizeFull();
        List<OrgUnit> villages = groups.villages();
        village.setId("group-village");
        village.setLabel(getTranslation("orgunit.group.village"));
        village.setItems(villages);
        village.setItemLabelGenerator(OrgUnit::getName);
        village.addValueChangeListener(e -> refresh());
        add.setText(getTranslation("orgunit.group.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("add-group");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> open(null));
        HorizontalLayout bar = new HorizontalLayout(village, add);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        grid.setId("groups");
        grid.addColumn(OrgUnit::getName).setHeader(getTranslation("orgunit.column.name")).setFlexGrow(1);
        grid.addColumn(OrgUnit::getCode).setHeader(getTranslation("orgunit.column.code"));
        grid.addColumn(g -> getTranslation("orgunit.source." + g.getSource()))
                .setHeader(getTranslation("orgunit.column.source"));
        grid.getColumns().forEach(c -> c.setAutoWidth(true));
        grid.addItemClickListener(e -> open(e.getItem()));
        add(new H2(getTranslation("nav.orgUnits")), bar, grid);
        if (!villages.isEmpty()) {
            village.setValue(villages.getFirst());
        }
        refresh();
    }

    private void refresh() {
        OrgUnit chosen = village.getValue();
        add.setEnabled(chosen != null);
        grid.setItems(chosen == null ? List.of() : groups.groupsOf(chosen.getCode()));
    }

    private void open(OrgUnit group) {
        GroupDialog dialog = new GroupDialog(groups, village.getValue(), group);
        dialog.addSavedListener(saved -> refresh());
        dialog.open();
    }

    @Override
    public String titleKey() {
        return "nav.orgUnits";
    }
}
