package cn.gongguan.governance.ui;

import cn.gongguan.governance.KeyLocation;
import cn.gongguan.governance.KeyLocations;
import cn.gongguan.governance.LocationKind;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The township's key locations (重点场所) that the joint operations sweep, filtered by kind; a row opens the location
 * for editing or retiring, and a list kept in Excel can be imported.
 */
@Route(KeyLocationsView.ROUTE)
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME})
@Menu(title = "nav.keyLocations", order = 12.5, icon = "vaadin:map-marker")
public class KeyLocationsView extends VerticalLayout implements TranslatedTitle {

    public static final String ROUTE = "governance/locations";

    final EnumSelect<LocationKind> kind = new EnumSelect<>("keyLocation.kind", LocationKind.values());
    final Grid<KeyLocation> grid = new Grid<>();
    final Button add = new Button();
    final Button importList = new Button();

    KeyLocationsView(KeyLocations locations, OrgUnits orgUnits, ObjectProvider<KeyLocationImportDialog> imports) {
        addClassName("gg-page");
        setSizeFull();
        Map<String, String> units = orgUnits.names();
        add.setText(getTranslation("keyLocation.new"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("add-key-location");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> open(new KeyLocationDialog(locations, orgUnits, null)));
        importList.setText(getTranslation("keyLocation.import.title"));
        importList.setIcon(VaadinIcon.UPLOAD.create());
        importList.setId("import-key-locations");
        importList.addClickListener(e -> {
            KeyLocationImportDialog dialog = imports.getObject();
            dialog.setOnImported(() -> grid.getDataProvider().refreshAll());
            dialog.open();
        });
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.keyLocations")), add, importList);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);

        kind.setId("key-location-filter-kind");
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("keyLocation.kind.all"));
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("key-locations");
        grid.addColumn(l -> getTranslation(l.getKind().labelKey())).setHeader(getTranslation("keyLocation.kind"));
        grid.addColumn(KeyLocation::getName).setHeader(getTranslation("keyLocation.name")).setFlexGrow(1);
        grid.addColumn(l -> units.getOrDefault(l.getOrgUnit(), l.getOrgUnit()))
                .setHeader(getTranslation("keyLocation.orgUnit"));
        grid.addColumn(KeyLocation::getAddress).setHeader(getTranslation("keyLocation.address"));
        grid.addColumn(l -> l.getDepartment() == null ? "" : getTranslation(l.getDepartment().labelKey()))
                .setHeader(getTranslation("keyLocation.department"));
        grid.addColumn(KeyLocation::getContact).setHeader(getTranslation("keyLocation.contact"));
        grid.getColumns().forEach(c -> c.setAutoWidth(true));
        grid.setItems(query -> locations.list(kind.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> locations.count(kind.getValue()));
        grid.addItemClickListener(e -> locations.find(e.getItem().getId()).filter(KeyLocation::isActive)
                .ifPresent(location -> open(new KeyLocationDialog(locations, orgUnits, location))));
        add(header, kind, grid);
    }

    private void open(KeyLocationDialog dialog) {
        dialog.addSavedListener(saved -> grid.getDataProvider().refreshAll());
        dialog.open();
    }

    @Override
    public String titleKey() {
        return "nav.keyLocations";
    }
}
